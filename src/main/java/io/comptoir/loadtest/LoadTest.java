package io.comptoir.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.ComptoirException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs scripted conversations against a server's REST API, {@code conversations} at a time (one thread each, so
 * concurrency is bounded), until the duration is over. A turn is one request the bot answers: opening a
 * conversation or posting a message; its latency is measured from send to fully read response.
 */
public final class LoadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Settings(String url, String botId, int conversations, Duration duration, List<String> script) {}

    private final Settings settings;
    private final HttpClient client;
    private final AtomicLong conversationsStarted = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> errors = new ConcurrentHashMap<>();

    public LoadTest(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Runs the test; an interruption is reported as a clear error. */
    public LoadReport runOrFail() {
        try {
            return run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComptoirException("load test interrupted");
        }
    }

    public LoadReport run() throws InterruptedException {
        checkServer();
        ExecutorService pool = Executors.newFixedThreadPool(settings.conversations());
        List<long[]> latencies = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(settings.conversations());
        long start = System.nanoTime();
        long end = start + settings.duration().toNanos();
        for (int i = 0; i < settings.conversations(); i++) {
            Recorder r = new Recorder();
            recorders.add(r);
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < end) converse(r, end);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        for (Recorder r : recorders) latencies.add(r.toArray());
        return LoadReport.of(latencies, elapsed, conversationsStarted.get(), errorCounts());
    }

    private void converse(Recorder r, long end) {
        JsonNode opened = send(r, "POST", "/api/bots/" + settings.botId() + "/conversations", null, "{}");
        if (opened == null) return;
        conversationsStarted.incrementAndGet();
        String path = "/api/conversations/" + opened.path("conversation_id").asText() + "/messages";
        String token = opened.path("token").asText();
        for (String text : settings.script()) {
            if (System.nanoTime() >= end) return;
            JsonNode reply = send(r, "POST", path, token, body(text));
            if (reply == null || reply.path("ended").asBoolean()) return;
        }
    }

    private JsonNode send(Recorder r, String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> res = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (res.statusCode() / 100 != 2) {
                error("HTTP " + res.statusCode());
                return null;
            }
            r.add(t1 - t0);
            return MAPPER.readTree(res.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            error(e.getClass().getSimpleName());
            return null;
        }
    }

    private void checkServer() {
        try {
            HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(settings.url() + "/api/bots"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) throw new ComptoirException("no Comptoir server at " + settings.url()
                    + " (GET /api/bots answered " + res.statusCode() + ")");
            for (JsonNode bot : MAPPER.readTree(res.body())) if (bot.path("id").asText().equals(settings.botId())) return;
            throw new ComptoirException.NotFound("the server at " + settings.url() + " has no bot '" + settings.botId() + "'");
        } catch (java.io.IOException e) {
            throw new ComptoirException("cannot reach " + settings.url() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComptoirException("interrupted");
        }
    }

    private void error(String kind) { errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet(); }

    private java.util.Map<String, Long> errorCounts() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static String body(String text) {
        return MAPPER.createObjectNode().put("text", text).toString();
    }

    /** Per-thread latency log, no locking. */
    static final class Recorder {
        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = nanos;
        }

        long[] toArray() { return java.util.Arrays.copyOf(values, size); }
    }
}
