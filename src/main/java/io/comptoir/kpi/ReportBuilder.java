package io.comptoir.kpi;

import io.comptoir.bot.KpiPlanEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link KpiReport} from daily roll-ups. Pure apart from reading the roll-ups through its port. */
public final class ReportBuilder {
    private final RollupSource source;
    private final KpiCalculator calculator;

    public ReportBuilder(RollupSource source, KpiCalculator calculator) {
        this.source = source;
        this.calculator = calculator;
    }

    /**
     * @param plan the bot's KPI plan; its KPIs come first, in plan order
     * @param all also report every KPI outside the plan
     */
    public KpiReport build(String botId, List<String> questionIds, List<KpiPlanEntry> plan, LocalDate from,
                           LocalDate to, boolean all) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate prevFrom = from.minusDays(days);
        LocalDate prevTo = from.minusDays(1);
        Map<LocalDate, Counts> daily = new TreeMap<>(source.daily(botId, prevFrom, to));
        Counts current = sum(daily, from, to);
        Counts previous = sum(daily, prevFrom, prevTo);
        LocalDate planStart = source.firstDay(botId).orElse(null);

        List<KpiReport.Row> rows = new ArrayList<>();
        Map<KpiId, KpiPlanEntry> planned = new LinkedHashMap<>();
        for (KpiPlanEntry p : plan) KpiId.fromWire(p.kpi()).ifPresent(id -> planned.putIfAbsent(id, p));
        planned.forEach((id, p) -> rows.add(row(id, p, current, previous, planStart, to)));
        if (all) {
            for (KpiDefinition d : KpiCatalog.ALL) {
                if (!planned.containsKey(d.id())) rows.add(row(d.id(), null, current, previous, planStart, to));
            }
        }
        List<KpiId> ids = rows.stream().map(r -> r.definition().id()).toList();
        return new KpiReport(botId, from, to, prevFrom, prevTo, planStart, rows,
                Funnel.of(new FunnelSteps(questionIds), current), csat(current), days(daily, ids, from, to));
    }

    private KpiReport.Row row(KpiId id, KpiPlanEntry plan, Counts current, Counts previous, LocalDate planStart,
                              LocalDate to) {
        KpiDefinition def = KpiCatalog.get(id);
        KpiValue value = calculator.compute(id, current);
        KpiValue prev = calculator.compute(id, previous);
        if (plan == null || planStart == null) return new KpiReport.Row(def, plan, value, prev, null, null);
        double expected = Status.expected(plan, planStart, to);
        Status status = value instanceof KpiValue.Measured m && m.sampleSize() >= plan.minSample()
                ? Status.of(plan, m.value(), expected, def.higherIsBetter()) : null;
        return new KpiReport.Row(def, plan, value, prev, expected, status);
    }

    private static Counts sum(Map<LocalDate, Counts> daily, LocalDate from, LocalDate to) {
        Map<CounterKey, Long> m = new java.util.HashMap<>();
        for (var e : daily.entrySet()) {
            if (!e.getKey().isBefore(from) && !e.getKey().isAfter(to)) {
                e.getValue().asMap().forEach((k, v) -> m.merge(k, v, Long::sum));
            }
        }
        return Counts.of(m);
    }

    private static Map<Integer, Long> csat(Counts c) {
        Map<Integer, Long> m = new TreeMap<>();
        for (int s = 1; s <= 5; s++) m.put(s, c.get(Metric.RATINGS, Integer.toString(s)));
        return m;
    }

    private List<KpiReport.Day> days(Map<LocalDate, Counts> daily, List<KpiId> ids, LocalDate from, LocalDate to) {
        List<KpiReport.Day> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Counts c = daily.getOrDefault(d, Counts.EMPTY);
            Counts week = sum(daily, d.minusDays(6), d);
            Map<KpiId, KpiValue> values = new EnumMap<>(KpiId.class);
            Map<KpiId, KpiValue> rolling = new EnumMap<>(KpiId.class);
            for (KpiId id : ids) {
                values.put(id, calculator.compute(id, c));
                rolling.put(id, calculator.compute(id, week));
            }
            out.add(new KpiReport.Day(d, values, rolling));
        }
        return out;
    }
}
