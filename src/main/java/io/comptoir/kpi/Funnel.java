package io.comptoir.kpi;

import java.util.ArrayList;
import java.util.List;

/** The per-step funnel from the FUNNEL counters: count per step and drop-off from the step before. */
public final class Funnel {
    private Funnel() {}

    public static List<KpiReport.FunnelRow> of(FunnelSteps steps, Counts counts) {
        List<KpiReport.FunnelRow> rows = new ArrayList<>();
        long before = -1;
        for (String id : steps.ids()) {
            long n = counts.get(Metric.FUNNEL, id);
            double drop = before <= 0 ? 0 : 100.0 * (before - n) / before;
            rows.add(new KpiReport.FunnelRow(id, n, drop));
            before = n;
        }
        return rows;
    }
}
