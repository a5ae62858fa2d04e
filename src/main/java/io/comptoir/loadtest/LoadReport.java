package io.comptoir.loadtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a load test measured: turns, throughput, latency percentiles and errors, in closed loop ({@code offeredRate}
 * 0) or at an offered rate, and the load generator's own CPU per turn ({@code generatorCpuMsPerTurn}, -1 if unknown).
 */
public record LoadReport(long turns, double seconds, long conversations, double p50Ms, double p95Ms, double p99Ms,
                         double maxMs, Map<String, Long> errors, int concurrency, double offeredRate,
                         double generatorCpuMsPerTurn) {

    static LoadReport of(List<long[]> perThread, long elapsedNanos, long conversations, Map<String, Long> errors,
                         int concurrency, double offeredRate, double generatorCpuMsPerTurn) {
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadReport(all.length, elapsedNanos / 1e9, conversations, pct(all, 0.50), pct(all, 0.95),
                pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, Map.copyOf(errors), concurrency,
                offeredRate, generatorCpuMsPerTurn);
    }

    public double turnsPerSecond() { return seconds == 0 ? 0 : turns / seconds; }

    public long errorCount() { return errors.values().stream().mapToLong(Long::longValue).sum(); }

    public boolean closedLoop() { return offeredRate <= 0; }

    public String render() {
        StringBuilder sb = new StringBuilder();
        if (closedLoop()) line(sb, "  mode           closed loop: each of %d conversations sends its next message as soon as the reply arrives",
                concurrency);
        else line(sb, "  mode           offered %s turns/s, achieved %s turns/s, latency from the scheduled send time",
                rate(offeredRate), perSecond(turnsPerSecond()));
        line(sb, "  turns          %d in %.1f s = %s turns/s", turns, seconds, perSecond(turnsPerSecond()));
        line(sb, "  conversations  %d started", conversations);
        line(sb, "  latency        p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms", p50Ms, p95Ms, p99Ms, maxMs);
        if (closedLoop() && turns > 0)
            line(sb, "                 (closed loop: latency is mostly queueing, about concurrency / throughput = %d / %.0f"
                    + " turns/s = %.0f ms; use --rate N for the latency at a given throughput)",
                    concurrency, turnsPerSecond(), concurrency * 1000 / turnsPerSecond());
        sb.append("  errors         ").append(errorCount());
        if (!errors.isEmpty()) sb.append("  ").append(new java.util.TreeMap<>(errors));
        if (errors.containsKey("HTTP 429")) sb.append("%n  (429: the server's rate limit; start it with --rate-limit 0 for load tests)".formatted());
        sb.append(System.lineSeparator());
        if (generatorCpuMsPerTurn >= 0)
            line(sb, "  load generator CPU: %.3f ms per turn (this process, all threads)", generatorCpuMsPerTurn);
        return sb.toString();
    }

    /** A rate as typed: 1000, 0.5. */
    public static String rate(double perSecond) {
        return java.math.BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString();
    }

    /** A measured rate: whole numbers from 100 up, three significant digits below (0.0449). */
    static String perSecond(double v) {
        if (v >= 100 || v == 0) return String.format(Locale.ROOT, "%.0f", v);
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
