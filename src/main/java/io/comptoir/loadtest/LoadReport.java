package io.comptoir.loadtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a load test measured: turns, throughput, latency percentiles and errors. */
public record LoadReport(long turns, double seconds, long conversations, double p50Ms, double p95Ms, double p99Ms,
                         double maxMs, Map<String, Long> errors) {

    static LoadReport of(List<long[]> perThread, long elapsedNanos, long conversations, Map<String, Long> errors) {
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadReport(all.length, elapsedNanos / 1e9, conversations, pct(all, 0.50), pct(all, 0.95),
                pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, Map.copyOf(errors));
    }

    public double turnsPerSecond() { return seconds == 0 ? 0 : turns / seconds; }

    public long errorCount() { return errors.values().stream().mapToLong(Long::longValue).sum(); }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "  turns          %d in %.1f s = %.0f turns/s%n", turns, seconds, turnsPerSecond()));
        sb.append(String.format(Locale.ROOT, "  conversations  %d started%n", conversations));
        sb.append(String.format(Locale.ROOT, "  latency        p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n",
                p50Ms, p95Ms, p99Ms, maxMs));
        sb.append("  errors         ").append(errorCount());
        if (!errors.isEmpty()) sb.append("  ").append(errors);
        if (errors.containsKey("HTTP 429")) sb.append("%n  (429: the server's rate limit; start it with --rate-limit 0 for load tests)".formatted());
        return sb.append(System.lineSeparator()).toString();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
