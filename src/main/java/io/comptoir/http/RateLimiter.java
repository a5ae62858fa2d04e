package io.comptoir.http;

import io.comptoir.server.ServerErrors;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} messages a minute, with bursts up to the same number.
 * Zero disables the limit (load tests from one address).
 */
final class RateLimiter {
    private final int perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    void check(String clientIp) {
        if (perMinute <= 0) return;
        long now = System.nanoTime();
        if (buckets.size() > 100_000) buckets.clear();
        Bucket b = buckets.computeIfAbsent(clientIp, k -> {
            Bucket x = new Bucket();
            x.tokens = perMinute;
            x.lastNanos = now;
            return x;
        });
        synchronized (b) {
            b.tokens = Math.min(perMinute, b.tokens + (now - b.lastNanos) / 60e9 * perMinute);
            b.lastNanos = now;
            if (b.tokens < 1) throw new ServerErrors.RateLimited("too many messages from your address; "
                    + "please wait a few seconds and try again");
            b.tokens -= 1;
        }
    }
}
