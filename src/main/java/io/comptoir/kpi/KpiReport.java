package io.comptoir.kpi;

import io.comptoir.bot.KpiPlanEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A bot's KPI report over a period: one row per KPI, the funnel, the CSAT distribution and daily values.
 *
 * @param planStart the first day with data, where the plans' linear paths start (null without data)
 */
public record KpiReport(String botId, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                        LocalDate planStart, List<Row> rows, List<FunnelRow> funnel, Map<Integer, Long> csat,
                        List<Day> daily) {
    public KpiReport {
        rows = List.copyOf(rows);
        funnel = List.copyOf(funnel);
        csat = Map.copyOf(csat);
        daily = List.copyOf(daily);
    }

    /**
     * @param plan the plan line, or null for a KPI outside the plan (--all)
     * @param expected the value the plan's path expects at the end of the period (null without a plan)
     * @param status null without a plan, without data or under the plan's minimum sample
     */
    public record Row(KpiDefinition definition, KpiPlanEntry plan, KpiValue value, KpiValue previous,
                      Double expected, Status status) {
        /** Measured, but on fewer cases than the plan's minimum sample: "not enough data yet (n=…)". */
        public boolean underSample() {
            return plan != null && value instanceof KpiValue.Measured m && m.sampleSize() < plan.minSample();
        }

        /** The change from the previous period: in points for a rate, in the KPI's unit otherwise; null if unknown. */
        public Double change() {
            if (value instanceof KpiValue.Measured m && previous instanceof KpiValue.Measured p) return m.value() - p.value();
            return null;
        }
    }

    /** @param dropOffPercent share of the previous step's conversations lost at this step */
    public record FunnelRow(String step, long count, double dropOffPercent) {}

    /**
     * Every KPI of the report for one day (days without data carry NoData values), and over the 7 days ending
     * that day: a daily rate on a handful of conversations swings between 0 and 100 %, the rolling one does not.
     */
    public record Day(LocalDate day, Map<KpiId, KpiValue> values, Map<KpiId, KpiValue> rolling7) {
        public Day {
            values = Map.copyOf(values);
            rolling7 = Map.copyOf(rolling7);
        }
    }
}
