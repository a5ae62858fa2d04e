package io.comptoir.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.comptoir.bot.CtaType;
import io.comptoir.bot.KpiPlanEntry;
import io.comptoir.engine.EndReason;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiComputationTest {
    static final FunnelSteps STEPS = new FunnelSteps(List.of("need", "budget", "deadline"));
    static final LocalDate DAY = LocalDate.parse("2026-11-02");

    static Map<LocalDate, Counts> recompute(List<Script> scripts, Map<Integer, String> qualification) {
        Recomputation r = new Recomputation(b -> STEPS, Recontacts.DEFAULT_WINDOW);
        for (int i = 0; i < scripts.size(); i++) r.conversation("c" + i, "bot", scripts.get(i).events(), qualification.get(i));
        return r.result().getOrDefault("bot", Map.of());
    }

    static Counts total(Map<LocalDate, Counts> daily) {
        return daily.values().stream().reduce(Counts.EMPTY, Counts::plus);
    }

    static double value(KpiId id, Counts c) { return ((KpiValue.Measured) new KpiCalculator().compute(id, c)).value(); }

    @Test
    void a_slot_filled_ahead_of_time_counts_as_passed_in_the_funnel() {
        Script allAtOnce = Script.startingAt("2026-11-02T10:00:00Z").asked("need").filled("need", "budget", "deadline")
                .answered().proposed(CtaType.BOOKING).accepted(CtaType.BOOKING, "a@b.fr").ended(EndReason.COMPLETED);
        Script leftAtBudget = Script.startingAt("2026-11-02T11:00:00Z").asked("need").filled("need").asked("budget")
                .clarified("budget").ended(EndReason.ABANDONED);
        Script silent = Script.startingAt("2026-11-02T12:00:00Z").asked("need").ended(EndReason.TIMEOUT);

        var funnel = Funnel.of(STEPS, total(recompute(List.of(allAtOnce, leftAtBudget, silent), Map.of())));

        assertThat(funnel).extracting(KpiReport.FunnelRow::step, KpiReport.FunnelRow::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("welcome", 3L), org.assertj.core.groups.Tuple.tuple("question:need", 2L),
                org.assertj.core.groups.Tuple.tuple("question:budget", 1L), org.assertj.core.groups.Tuple.tuple("question:deadline", 1L),
                org.assertj.core.groups.Tuple.tuple("answer", 1L), org.assertj.core.groups.Tuple.tuple("cta_proposed", 1L),
                org.assertj.core.groups.Tuple.tuple("cta_accepted", 1L));
        assertThat(funnel.get(1).dropOffPercent()).isCloseTo(33.33, within(0.01));
        assertThat(funnel.get(2).dropOffPercent()).isCloseTo(50.0, within(0.01));
    }

    @Test
    void rates_count_each_conversation_once_against_its_denominator() {
        Script converted = Script.startingAt("2026-11-02T10:00:00Z").asked("need").filled("need").answered()
                .proposed(CtaType.BOOKING).accepted(CtaType.BOOKING, "a@b.fr").accepted(CtaType.BOOKING, "a@b.fr")
                .csat(5).ended(EndReason.COMPLETED);
        Script declined = Script.startingAt("2026-11-02T10:30:00Z").asked("need").filled("need").answered()
                .proposed(CtaType.BOOKING).declined(CtaType.BOOKING).csat(2).ended(EndReason.COMPLETED);
        Script human = Script.startingAt("2026-11-02T11:00:00Z").asked("need").human().proposed(CtaType.CALLBACK)
                .accepted(CtaType.CALLBACK, null).ended(EndReason.HANDOFF);
        Script silent = Script.startingAt("2026-11-02T12:00:00Z").asked("need").ended(EndReason.TIMEOUT);

        Counts c = total(recompute(List.of(converted, declined, human, silent), Map.of(0, "sql", 1, "mql")));

        assertThat(value(KpiId.CONVERSION_RATE, c)).isEqualTo(50.0);
        assertThat(value(KpiId.ESCALATION_RATE, c)).isCloseTo(33.33, within(0.01));
        assertThat(value(KpiId.CSAT, c)).isEqualTo(50.0);
        assertThat(value(KpiId.QUALIFICATION_RATE, c)).isEqualTo(50.0);
        assertThat(value(KpiId.DEFLECTION_RATE, c)).isCloseTo(66.67, within(0.01));
        assertThat(new KpiCalculator().compute(KpiId.HANDLING_TIME, c).sampleSize()).isEqualTo(4);
    }

    @Test
    void a_kpi_without_data_says_why_instead_of_zero() {
        Counts c = total(recompute(List.of(Script.startingAt("2026-11-02T12:00:00Z").ended(EndReason.TIMEOUT)), Map.of()));

        assertThat(new KpiCalculator().compute(KpiId.AVERAGE_ORDER_VALUE, c))
                .isInstanceOfSatisfying(KpiValue.NoData.class, n -> assertThat(n.reason()).contains("no purchase"));
        assertThat(new KpiCalculator().compute(KpiId.CSAT, c)).isInstanceOf(KpiValue.NoData.class);
        assertThat(new KpiCalculator().compute(KpiId.CONVERSION_RATE, c)).isEqualTo(new KpiValue.Measured(0, 1, "0/1"));
    }

    @Test
    void purchases_give_the_average_order_value_and_recover_carts() {
        Script bought = Script.startingAt("2026-11-02T10:00:00Z").answered().proposed(CtaType.PURCHASE)
                .accepted(CtaType.PURCHASE, null).purchase("1200.00").ended(EndReason.COMPLETED);
        Script bought2 = Script.startingAt("2026-11-02T10:00:00Z").answered().proposed(CtaType.PURCHASE)
                .purchase("2400.50").ended(EndReason.COMPLETED);
        Script left = Script.startingAt("2026-11-02T10:00:00Z").answered().proposed(CtaType.PURCHASE).ended(EndReason.ABANDONED);

        Counts c = total(recompute(List.of(bought, bought2, left), Map.of()));

        assertThat(value(KpiId.AVERAGE_ORDER_VALUE, c)).isEqualTo(1800.25);
        assertThat(value(KpiId.CART_RECOVERY_RATE, c)).isCloseTo(66.67, within(0.01));
    }

    @Test
    void the_same_email_back_within_the_window_is_a_recontact_and_reopens_a_resolution() {
        Script first = Script.startingAt("2026-11-02T10:00:00Z").answered().accepted(CtaType.NONE, "Zoe@Mail.fr")
                .ended(EndReason.COMPLETED);
        Script threeDaysLater = Script.startingAt("2026-11-05T10:00:00Z").human().accepted(CtaType.TICKET, "zoe@mail.fr")
                .ended(EndReason.HANDOFF);
        Script tenDaysLater = Script.startingAt("2026-11-15T10:00:00Z").answered().accepted(CtaType.NONE, "zoe@mail.fr")
                .ended(EndReason.COMPLETED);

        Counts c = total(recompute(List.of(first, threeDaysLater, tenDaysLater), Map.of()));

        assertThat(value(KpiId.RECONTACT_RATE, c)).isCloseTo(33.33, within(0.01));
        assertThat(new KpiCalculator(Duration.ofDays(14)).compute(KpiId.RECONTACT_RATE, c))
                .isEqualTo(new KpiValue.Measured(200.0 / 3, 3, "2/3"));
        assertThat(value(KpiId.DEFLECTION_RATE, c)).isCloseTo(66.67, within(0.01));
        assertThat(value(KpiId.FIRST_CONTACT_RESOLUTION, c)).isCloseTo(33.33, within(0.01));
    }

    @Test
    void status_follows_the_linear_path_from_baseline_to_target() {
        KpiPlanEntry plan = new KpiPlanEntry("conversion_rate", "", "", 2, 5, 3, "");
        LocalDate start = LocalDate.parse("2026-01-01");
        double halfway = Status.expected(plan, start, start.plusDays(45));
        assertThat(halfway).isCloseTo(3.5, within(0.05));
        assertThat(Status.of(plan, 3.6, halfway, true)).isEqualTo(Status.ON_TRACK);
        assertThat(Status.of(plan, 3.0, halfway, true)).isEqualTo(Status.AT_RISK);
        assertThat(Status.of(plan, 2.0, halfway, true)).isEqualTo(Status.OFF_TRACK);
        KpiPlanEntry lower = new KpiPlanEntry("escalation_rate", "", "", 30, 15, 3, "");
        assertThat(Status.of(lower, 20, Status.expected(lower, start, start.plusDays(100)), false)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void the_report_compares_with_the_previous_period_and_follows_the_plan_order() {
        Map<LocalDate, Counts> daily = recompute(List.of(
                Script.startingAt("2026-11-02T10:00:00Z").accepted(CtaType.BOOKING, null).ended(EndReason.COMPLETED),
                Script.startingAt("2026-11-09T10:00:00Z").ended(EndReason.COMPLETED),
                Script.startingAt("2026-11-10T10:00:00Z").ended(EndReason.COMPLETED)), Map.of());
        RollupSource source = new RollupSource() {
            public Map<LocalDate, Counts> daily(String b, LocalDate f, LocalDate t) { return daily; }
            public Optional<LocalDate> firstDay(String b) { return Optional.of(DAY); }
        };
        var plan = List.of(new KpiPlanEntry("csat", "", "", 70, 85, 3, "", 1),
                new KpiPlanEntry("conversion_rate", "", "", 2, 5, 3, "", 1));

        KpiReport r = new ReportBuilder(source, new KpiCalculator()).build("bot", STEPS.questionIds(), plan,
                LocalDate.parse("2026-11-08"), LocalDate.parse("2026-11-14"), false);
        KpiReport small = new ReportBuilder(source, new KpiCalculator()).build("bot", STEPS.questionIds(),
                List.of(new KpiPlanEntry("conversion_rate", "", "", 2, 5, 3, "")),
                LocalDate.parse("2026-11-08"), LocalDate.parse("2026-11-14"), false);

        // under the default minimum sample (30) the same 0/2 gets no status: "not enough data yet (n=2)"
        assertThat(small.rows().get(0).status()).isNull();
        assertThat(small.rows().get(0).underSample()).isTrue();
        assertThat(ReportText.reportMarkdown(small)).contains("not enough data yet (n=2, needs 30)", "(-100.0 pts)");
        assertThat(r.rows().get(1).change()).isEqualTo(-100.0);
        // the 7 days ending on the 8th reach back to the booking of the 2nd, before the period
        assertThat(r.daily().get(0).rolling7().get(KpiId.CONVERSION_RATE)).isEqualTo(new KpiValue.Measured(100, 1, "1/1"));

        assertThat(r.rows()).extracting(row -> row.definition().id()).containsExactly(KpiId.CSAT, KpiId.CONVERSION_RATE);
        assertThat(r.rows().get(1).value()).isEqualTo(new KpiValue.Measured(0, 2, "0/2"));
        assertThat(r.rows().get(1).previous()).isEqualTo(new KpiValue.Measured(100, 1, "1/1"));
        assertThat(r.rows().get(1).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(r.rows().get(0).status()).isNull();
        assertThat(r.daily()).hasSize(7);
    }
}
