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

    /**
     * Median in seconds from a histogram (bucket lower bound → count), interpolated linearly within the bucket
     * that holds the middle rank (durations taken as spread evenly in it). The error is at most one bucket width
     * (10 s under 10 min, 1 min under 2 h); the midpoint of the lower middle bucket, used before, could be off by
     * much more on small samples whose two middle values sit in distant buckets.
     */
    public static double median(Map<String, Long> histogram) {
        var sorted = new java.util.TreeMap<Long, Long>();
        histogram.forEach((k, v) -> sorted.merge(Long.parseLong(k), v, Long::sum));
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return Double.NaN;
        return (quantile(sorted, (total - 1) / 2.0) + quantile(sorted, total / 2.0)) / 2;
    }

    /** The value at a 0-based rank, the bucket's count spread evenly over its width. */
    private static double quantile(java.util.TreeMap<Long, Long> sorted, double rank) {
        long seen = 0;
        for (var e : sorted.entrySet()) {
            if (rank < seen + e.getValue()) return e.getKey() + width(e.getKey()) * (rank - seen + 0.5) / e.getValue();
            seen += e.getValue();
        }
        return sorted.lastKey();
    }
}
