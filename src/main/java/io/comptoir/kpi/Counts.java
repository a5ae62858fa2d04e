package io.comptoir.kpi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counter values summed over some days (one day, a period). Immutable. */
public final class Counts {
    public static final Counts EMPTY = new Counts(Map.of());
    private final Map<CounterKey, Long> values;

    private Counts(Map<CounterKey, Long> values) {
        this.values = Map.copyOf(values);
    }

    /** Counters with a zero value are dropped: a counter that went up and down again is as good as absent. */
    public static Counts of(Map<CounterKey, Long> values) {
        Map<CounterKey, Long> m = new HashMap<>(values);
        m.values().removeIf(v -> v == 0);
        return new Counts(m);
    }

    /** Sums increments (their day is ignored: the caller has already selected the days). */
    public static Counts sum(Collection<Increment> increments) {
        Map<CounterKey, Long> m = new HashMap<>();
        for (Increment i : increments) m.merge(i.key(), i.delta(), Long::sum);
        m.values().removeIf(v -> v == 0);
        return new Counts(m);
    }

    public long get(Metric metric) { return get(metric, ""); }

    public long get(Metric metric, String bucket) { return values.getOrDefault(new CounterKey(metric, bucket), 0L); }

    /** Sum over every bucket of a metric. */
    public long total(Metric metric) {
        long t = 0;
        for (var e : values.entrySet()) if (e.getKey().metric() == metric) t += e.getValue();
        return t;
    }

    /** The buckets of a metric with their values, sorted by bucket. */
    public Map<String, Long> buckets(Metric metric) {
        Map<String, Long> m = new TreeMap<>();
        for (var e : values.entrySet()) if (e.getKey().metric() == metric) m.put(e.getKey().bucket(), e.getValue());
        return m;
    }

    public Counts plus(Counts other) {
        Map<CounterKey, Long> m = new HashMap<>(values);
        other.values.forEach((k, v) -> m.merge(k, v, Long::sum));
        m.values().removeIf(v -> v == 0);
        return new Counts(m);
    }

    public Map<CounterKey, Long> asMap() { return values; }

    @Override
    public boolean equals(Object o) { return o instanceof Counts c && c.values.equals(values); }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() { return new TreeMap<>(values.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey().metric() + "/" + e.getKey().bucket(),
                    Map.Entry::getValue))).toString(); }
}
