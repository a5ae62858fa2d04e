package io.comptoir.kpi;

/** A counter's identity within a day: the metric and its bucket ("" when the metric has none). */
public record CounterKey(Metric metric, String bucket) {
    public CounterKey {
        bucket = bucket == null ? "" : bucket;
    }

    public static CounterKey of(Metric metric) { return new CounterKey(metric, ""); }
}
