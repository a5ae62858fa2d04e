package io.comptoir.openai;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for /v1, one per API key and one per client address: {@code perMinute} requests a minute, with
 * bursts up to the same number. Both must have room. Zero disables them (load tests).
 */
final class RateLimits {
    private final int perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one request from each bucket; 0 when allowed, else the whole seconds to wait (nothing taken then). */
    synchronized long take(String... keys) {
        if (perMinute <= 0) return 0;
        long now = System.nanoTime();
        if (buckets.size() > 100_000) buckets.clear();
        double wait = 0;
        Bucket[] bs = new Bucket[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Bucket b = bs[i] = buckets.computeIfAbsent(keys[i], k -> fresh(now));
            b.tokens = Math.min(perMinute, b.tokens + (now - b.lastNanos) / 60e9 * perMinute);
            b.lastNanos = now;
            if (b.tokens < 1) wait = Math.max(wait, (1 - b.tokens) * 60.0 / perMinute);
        }
        if (wait > 0) return (long) Math.ceil(wait);
        for (Bucket b : bs) b.tokens -= 1;
        return 0;
    }

    private Bucket fresh(long now) {
        Bucket b = new Bucket();
        b.tokens = perMinute;
        b.lastNanos = now;
        return b;
    }
}
