package io.comptoir.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends what the outbox holds: claims the due deliveries, sends each, then records delivered, a retry at a later
 * time, or dead. Pure logic over its ports; the clock is injected, so tests move time instead of waiting.
 */
public final class DeliveryWorker {
    /** Longer than the slowest send (three CRM requests of at most 10 s each), so a live worker keeps its claim. */
    public static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final Transport transport;
    private final Function<String, Optional<Endpoint>> endpoints;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Duration lease;

    public DeliveryWorker(Outbox outbox, Transport transport, Function<String, Optional<Endpoint>> endpoints,
                          RetryPolicy policy, Clock clock, Duration lease) {
        this.outbox = outbox;
        this.transport = transport;
        this.endpoints = endpoints;
        this.policy = policy;
        this.clock = clock;
        this.lease = lease;
    }

    /** One pass over the due deliveries; returns how many were tried (0: nothing was due). */
    public int runOnce() {
        Instant now = clock.instant();
        List<Delivery> due = outbox.claim(now, now.plus(lease), BATCH);
        for (Delivery d : due) {
            Attempt a = endpoints.apply(d.endpoint()).map(e -> transport.send(d, e))
                    .orElseGet(() -> Attempt.hopeless("endpoint '" + d.endpoint() + "' is no longer configured"));
            outbox.settle(d.id(), settlement(d, a, clock.instant()));
        }
        return due.size();
    }

    Outbox.Settlement settlement(Delivery d, Attempt a, Instant now) {
        if (a.sent()) return new Outbox.Settlement(DeliveryStatus.DELIVERED, now, now, a.status(), null, null);
        String error = (a.status() == null ? "" : "HTTP " + a.status() + ": ") + a.error();
        Optional<Duration> delay = a.retryable() ? policy.delayAfter(d.attempts(), a.retryAfter()) : Optional.empty();
        if (delay.isEmpty()) return new Outbox.Settlement(DeliveryStatus.DEAD, now, now, a.status(), error, a.progress());
        return new Outbox.Settlement(DeliveryStatus.PENDING, now, now.plus(delay.get()), a.status(), error, a.progress());
    }
}
