package io.comptoir.kpi;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** Computes a KPI from summed counters. Pure; the same counters always give the same value. */
public final class KpiCalculator {
    private final Duration recontactWindow;

    public KpiCalculator(Duration recontactWindow) {
        this.recontactWindow = recontactWindow;
    }

    public KpiCalculator() { this(Recontacts.DEFAULT_WINDOW); }

    public KpiValue compute(KpiId id, Counts c) {
        return switch (id) {
            case CONVERSION_RATE -> rate(c.get(Metric.CONVERTED), c.get(Metric.STARTED),
                    "no conversation started in the period");
            case QUALIFICATION_RATE -> qualification(c);
            case AVERAGE_ORDER_VALUE -> averageOrderValue(c);
            case DEFLECTION_RATE -> rate(c.get(Metric.RESOLVED), c.get(Metric.SUPPORT),
                    "no support conversation (answer, hand-off or ticket) in the period");
            case CSAT -> csat(c);
            case ESCALATION_RATE -> rate(c.get(Metric.ESCALATED), c.get(Metric.SUPPORT),
                    "no support conversation (answer, hand-off or ticket) in the period");
            case HANDLING_TIME -> handlingTime(c);
            case RECONTACT_RATE -> rate(Recontacts.within(c, recontactWindow), c.get(Metric.CONTACTS),
                    "no conversation left an email or phone in the period");
            case CART_RECOVERY_RATE -> rate(c.get(Metric.CARTS_RECOVERED), c.get(Metric.CARTS),
                    "no purchase call to action proposed in the period");
            case FIRST_CONTACT_RESOLUTION -> rate(Math.max(0, c.get(Metric.RESOLVED) - c.get(Metric.REOPENED)),
                    c.get(Metric.SUPPORT), "no support conversation (answer, hand-off or ticket) in the period");
        };
    }

    private static KpiValue rate(long numerator, long denominator, String noData) {
        if (denominator <= 0) return new KpiValue.NoData(noData);
        return new KpiValue.Measured(100.0 * numerator / denominator, denominator, numerator + "/" + denominator);
    }

    private static KpiValue qualification(Counts c) {
        long leads = c.get(Metric.LEADS);
        if (leads <= 0) return new KpiValue.NoData("no lead in the period (no intake question answered)");
        if (c.total(Metric.QUALIFICATION) <= 0) {
            return new KpiValue.NoData("no qualification status recorded for the period's conversations");
        }
        return rate(c.get(Metric.QUALIFICATION, "sql"), leads, "");
    }

    private static KpiValue averageOrderValue(Counts c) {
        Map<String, Long> purchases = c.buckets(Metric.PURCHASES);
        if (purchases.isEmpty()) {
            return new KpiValue.NoData("no purchase posted in the period (POST /api/internal/events)");
        }
        String currency = purchases.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        long n = purchases.get(currency);
        double avg = c.get(Metric.ORDER_VALUE, currency) / 100.0 / n;
        String others = purchases.size() > 1 ? " (other currencies left out)" : "";
        return new KpiValue.Measured(avg, n, currency + others);
    }

    private static KpiValue csat(Counts c) {
        long ratings = c.total(Metric.RATINGS);
        if (ratings <= 0) return new KpiValue.NoData("no satisfaction rating in the period");
        long satisfied = c.get(Metric.RATINGS, "4") + c.get(Metric.RATINGS, "5");
        return rate(satisfied, ratings, "");
    }

    private static KpiValue handlingTime(Counts c) {
        long ended = c.total(Metric.DURATION_HIST);
        if (ended <= 0) return new KpiValue.NoData("no conversation ended in the period");
        double median = Durations.median(c.buckets(Metric.DURATION_HIST)) / 60.0;
        double mean = c.get(Metric.DURATION_SUM) / 60.0 / ended;
        return new KpiValue.Measured(median, ended, String.format(Locale.ROOT, "median; mean %.1f min", mean));
    }
}
