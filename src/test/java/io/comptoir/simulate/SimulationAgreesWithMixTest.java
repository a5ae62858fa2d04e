package io.comptoir.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.kpi.KpiId;
import io.comptoir.kpi.KpiReport;
import io.comptoir.kpi.KpiValue;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.TestDatabases;
import io.comptoir.store.kpi.JdbiRollupSource;
import io.comptoir.store.kpi.KpiListener;
import io.comptoir.store.kpi.KpiReports;
import io.comptoir.store.kpi.RawEventRecomputation;
import io.comptoir.wire.ComptoirEngines;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Simulated traffic of a known persona mix, through the real engine and the server's store, gives KPIs that
 * follow from the mix: the report is checked against what each persona does, within sampling tolerance.
 */
class SimulationAgreesWithMixTest {
    static final int N = 120;

    @Test
    void the_report_after_a_simulation_agrees_with_the_persona_mix() {
        BotDefinition bot = Bots.load("agence-web");
        try (TestDatabases.Handle db = TestDatabases.h2()) {
            ConversationStore store = new ConversationStore(db.db().jdbi());
            store.addListener(KpiListener.forBots(id -> Optional.of(bot)));
            Mix mix = Mix.parse("ideal:0.5,human:0.2,silent:0.3");
            Simulator.Summary summary = new Simulator(bot, new ServiceTraffic(bot, ComptoirEngines.create(bot), store))
                    .run(new Simulator.Options(N, mix, 30, 11, Instant.parse("2026-11-20T00:00:00Z")), (d, t) -> { });
            KpiReport r = new KpiReports(db.db().jdbi(), id -> Optional.of(bot))
                    .report(bot.id(), LocalDate.parse("2026-10-21"), LocalDate.parse("2026-11-19"), true, Duration.ofDays(7));

            int ideal = summary.personas().get(Persona.IDEAL), human = summary.personas().get(Persona.HUMAN);
            assertThat(ideal).isEqualTo(60);
            assertThat(human).isEqualTo(24);
            // Every conversation started and ended once.
            assertThat(value(r, KpiId.CONVERSION_RATE).sampleSize()).isEqualTo(N);
            assertThat(value(r, KpiId.HANDLING_TIME).sampleSize()).isEqualTo(N);
            // Silent visitors never pass the welcome; a recognised human request leaves the intake path: the first
            // question is passed by the ideal clients (who name their need in their first message), plus the few
            // human-request clients the bot did not recognise at once and moved past after two unclear answers.
            assertThat(r.funnel().get(0).count()).isEqualTo(N);
            assertThat(r.funnel().get(1).count()).isBetween((long) (ideal * 0.9), (long) (ideal + human * 0.2));
            // Ideal clients mostly accept the call to action, people asking for a person get a callback: both convert.
            assertThat(rate(r, KpiId.CONVERSION_RATE)).isCloseTo(100.0 * (ideal * 0.85 + human * 0.9) / N, within(12.0));
            // Escalations are the human requests, over support conversations (answers and hand-offs).
            double escalated = rate(r, KpiId.ESCALATION_RATE) * value(r, KpiId.ESCALATION_RATE).sampleSize() / 100;
            assertThat(escalated).isCloseTo(human, within(human * 0.2));
            // Ratings: ideal clients rate 70 % of the time (5/6 satisfied), human-request clients 50 % (2/6).
            assertThat(value(r, KpiId.CSAT).sampleSize()).isEqualTo(summary.ratings());
            assertThat(rate(r, KpiId.CSAT)).isCloseTo(100.0 * (ideal * 0.7 * 5 / 6 + human * 0.5 * 2 / 6)
                    / (ideal * 0.7 + human * 0.5), within(15.0));
            // And the roll-ups the report read equal a recomputation from the stored raw events.
            var recomputed = db.db().jdbi().withHandle(h -> RawEventRecomputation.run(h, KpiListener.funnel(id -> Optional.of(bot))));
            var rolled = new JdbiRollupSource(db.db().jdbi()).daily(bot.id(), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
            assertThat(rolled).isEqualTo(recomputed.get(bot.id()));
        }
    }

    @Test
    void the_same_seed_gives_the_same_conversations_and_kpis() {
        BotDefinition bot = Bots.load("helpdesk-saas");
        var engine = ComptoirEngines.create(bot);
        java.util.List<Object> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (TestDatabases.Handle db = TestDatabases.h2()) {
                ConversationStore store = new ConversationStore(db.db().jdbi());
                store.addListener(KpiListener.forBots(id -> Optional.of(bot)));
                Simulator.Summary s = new Simulator(bot, new ServiceTraffic(bot, engine, store)).run(new Simulator.Options(
                        25, Mix.parse(Mix.DEFAULT), 10, 99, Instant.parse("2026-11-20T00:00:00Z")), (d, t) -> { });
                runs.add(java.util.List.of(s, new JdbiRollupSource(db.db().jdbi())
                        .daily(bot.id(), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))));
            }
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    static KpiValue value(KpiReport r, KpiId id) {
        return r.rows().stream().filter(x -> x.definition().id() == id).findFirst().orElseThrow().value();
    }

    static double rate(KpiReport r, KpiId id) { return ((KpiValue.Measured) value(r, id)).value(); }
}
