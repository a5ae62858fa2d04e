package io.comptoir.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after try n, wait base·2^(n-1) (capped), times a random factor in [0.5, 1) so
 * that the deliveries a receiver's outage held back do not all come back at the same second. A Retry-After
 * from the endpoint wins over the backoff (up to {@link #MAX_RETRY_AFTER}). The jitter is injected: tests pass 0.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, DoubleSupplier jitter) {
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);

    /** 8 tries over about two hours by default. */
    public static RetryPolicy standard(int maxAttempts, Duration base) {
        java.util.Random random = new java.util.Random();
        return new RetryPolicy(maxAttempts, base, Duration.ofHours(1), random::nextDouble);
    }

    /** No randomness: the delays of a test are known in advance. */
    public static RetryPolicy exact(int maxAttempts, Duration base) {
        return new RetryPolicy(maxAttempts, base, Duration.ofHours(1), () -> 1.0);
    }

    /** How long to wait before try {@code attempts + 1}, or empty when {@code attempts} was the last. */
    public Optional<Duration> delayAfter(int attempts, Duration retryAfter) {
        if (attempts >= maxAttempts) return Optional.empty();
        if (retryAfter != null && !retryAfter.isNegative())
            return Optional.of(retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter);
        long baseMs = base.toMillis();
        long exp = baseMs << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = exp <= 0 || exp > cap.toMillis() ? cap.toMillis() : exp;
        double factor = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        return Optional.of(Duration.ofMillis((long) (capped * factor)));
    }
}
