package io.comptoir.kpi;

import java.util.Map;

/** Duration histogram buckets: 10 s wide under 10 min, 1 min under 2 h, 1 h under a day, then one bucket. */
public final class Durations {
    private Durations() {}

    public static long bucket(long seconds) {
        if (seconds < 600) return seconds / 10 * 10;
        if (seconds < 7200) return seconds / 60 * 60;
        if (seconds < 86400) return seconds / 3600 * 3600;
        return 86400;
    }

    static long width(long bucket) {
        if (bucket < 600) return 10;
        if (bucket < 7200) return 60;
        if (bucket < 86400) return 3600;
        return 0;
    }

    /** Median in seconds from a histogram (bucket lower bound → count), taking each bucket's midpoint. */
    public static double median(Map<String, Long> histogram) {
        var sorted = new java.util.TreeMap<Long, Long>();
        histogram.forEach((k, v) -> sorted.merge(Long.parseLong(k), v, Long::sum));
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return Double.NaN;
        long seen = 0;
        for (var e : sorted.entrySet()) {
            seen += e.getValue();
            if (seen * 2 >= total) return e.getKey() + width(e.getKey()) / 2.0;
        }
        return sorted.lastKey();
    }
}
