package io.comptoir.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the simulation sets to each simulated moment, so stored traffic carries simulated times. */
final class SimClock extends Clock {
    private volatile Instant now = Instant.EPOCH;

    void set(Instant at) { now = at; }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override public Clock withZone(ZoneId zone) { return this; }

    @Override public Instant instant() { return now; }
}
