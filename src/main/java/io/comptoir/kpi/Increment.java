package io.comptoir.kpi;

import java.time.LocalDate;

/** One change to a daily counter: add {@code delta} to (day, metric, bucket). */
public record Increment(LocalDate day, Metric metric, String bucket, long delta) {
    public Increment {
        bucket = bucket == null ? "" : bucket;
    }

    public CounterKey key() { return new CounterKey(metric, bucket); }
}
