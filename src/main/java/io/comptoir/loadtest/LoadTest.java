package io.comptoir.loadtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.ComptoirException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Runs scripted conversations against a server's REST API with {@code conversations} workers (one thread and one
 * keep-alive connection each, see {@link KeepAliveHttp}). A turn is one request the bot answers: opening a
 * conversation or posting a message. Turns sent during the warm-up are not recorded; then the test runs for the
 * duration.
 *
 * <p>Closed loop ({@code rate} 0): each worker sends its next turn as soon as the previous reply arrived, and latency
 * is measured from send to fully read reply; it then mostly measures queueing (concurrency / throughput).
 *
 * <p>Open model ({@code rate} N turns/s): each worker is a client that sends one turn every C/N seconds (C workers),
 * worker i starting at i/N s so that arrivals are evenly spread, never with two requests in flight; a reply that
 * comes after the next scheduled time makes the next request go out at once. Latency is measured from the
 * <em>scheduled</em> send time (coordinated-omission correction, as wrk2 does), so a server that falls behind shows
 * it in the percentiles instead of silently slowing the generator down.
 */
public final class LoadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory();
    private static final int TIMEOUT_MILLIS = 30_000;

    public record Settings(String url, String botId, int conversations, Duration duration, Duration warmup,
                           double rate, List<String> script) {
        public Settings(String url, String botId, int conversations, Duration duration, List<String> script) {
            this(url, botId, conversations, duration, Duration.ZERO, 0, script);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final String host;
    private final int port;
    private final String prefix;
    private final List<byte[]> messages;
    private final LongAdder turnsDone = new LongAdder();
    private final AtomicLong conversationsStarted = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private volatile long measureFrom;

    public LoadTest(Settings settings) { this(settings, line -> { }); }

    /** {@code progress} receives a line every 5 s (current turns/s), so a long run is not silent. */
    public LoadTest(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        URI uri = URI.create(settings.url());
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null)
            throw new ComptoirException.InvalidInput("--url must be a plain http://HOST:PORT address (got "
                    + settings.url() + "); run the load test next to the server, not through a TLS proxy");
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.prefix = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        this.messages = settings.script().stream()
                .map(t -> MAPPER.createObjectNode().put("text", t).toString().getBytes(StandardCharsets.UTF_8)).toList();
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
        int c = settings.conversations();
        long start = System.nanoTime();
        measureFrom = start + settings.warmup().toNanos();
        long end = measureFrom + settings.duration().toNanos();
        long interval = settings.rate() > 0 ? (long) (c * 1e9 / settings.rate()) : 0;
        ScheduledExecutorService ticker = startProgress(start);
        List<Thread> workers = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            Recorder r = new Recorder();
            recorders.add(r);
            long first = interval > 0 ? start + (long) (i * 1e9 / settings.rate()) : 0;
            Thread t = new Thread(null, () -> work(r, first, interval, end), "loadtest-" + i, 256 * 1024);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        try {
            long wait = measureFrom - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            long cpu0 = processCpuNanos();
            long turns0 = turnsDone.sum();
            for (Thread t : workers) t.join();
            long elapsed = System.nanoTime() - measureFrom;
            long cpu = processCpuNanos() - cpu0;
            long turns = turnsDone.sum() - turns0;
            double cpuMsPerTurn = cpu0 < 0 || turns == 0 ? -1 : cpu / 1e6 / turns;
            List<long[]> latencies = recorders.stream().map(Recorder::toArray).toList();
            return LoadReport.of(latencies, elapsed, conversationsStarted.get(), errorCounts(), c, settings.rate(),
                    cpuMsPerTurn);
        } finally {
            ticker.shutdownNow();
        }
    }

    /** One worker: a keep-alive connection, one conversation after another, turn by turn. */
    private void work(Recorder r, long firstAt, long interval, long end) {
        byte[] open = "{}".getBytes(StandardCharsets.UTF_8);
        String openPath = prefix + "/api/bots/" + settings.botId() + "/conversations";
        try (KeepAliveHttp http = new KeepAliveHttp(host, port, TIMEOUT_MILLIS)) {
            long next = firstAt;
            String path = null;
            String token = null;
            int line = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= end || (interval > 0 && next >= end)) return;
                long sentAt = now;
                if (interval > 0) {
                    while (now < next) {
                        LockSupport.parkNanos(next - now);
                        now = System.nanoTime();
                    }
                    sentAt = next;
                    next += interval;
                }
                boolean opening = path == null;
                Reply reply = opening ? turn(http, openPath, null, open, true)
                        : turn(http, path, token, messages.get(line++), false);
                long latency = System.nanoTime() - sentAt;
                turnsDone.increment();
                boolean record = sentAt >= measureFrom;
                if (reply.failure() != null) {
                    if (record) error(reply.failure());
                    path = null;
                    continue;
                }
                if (record) r.add(latency);
                if (opening) {
                    path = prefix + "/api/conversations/" + reply.conversationId() + "/messages";
                    token = reply.token();
                    line = 0;
                    if (record) conversationsStarted.incrementAndGet();
                }
                if (reply.ended() || line == messages.size()) path = null;
            }
        }
    }

    /** One request and its parsed reply, or a reply carrying the kind of failure ("HTTP 503", "ConnectException"). */
    private static Reply turn(KeepAliveHttp http, String path, String token, byte[] body, boolean opening) {
        try {
            KeepAliveHttp.Response res = http.post(path, token, body);
            if (res.status() / 100 != 2) return Reply.failed("HTTP " + res.status());
            Reply reply = Reply.parse(res.body());
            return opening && (reply.conversationId() == null || reply.token() == null)
                    ? Reply.failed("reply without conversation_id or token") : reply;
        } catch (IOException | RuntimeException e) {
            return Reply.failed(e.getClass().getSimpleName());
        }
    }

    /** The three fields the generator needs from a reply, read with a streaming parser (top level only). */
    record Reply(String conversationId, String token, boolean ended, String failure) {
        static Reply failed(String kind) { return new Reply(null, null, false, kind); }

        static Reply parse(byte[] json) throws IOException {
            String id = null;
            String token = null;
            boolean ended = false;
            try (JsonParser p = JSON.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("reply is not a JSON object");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (name) {
                        case "conversation_id" -> id = p.getValueAsString();
                        case "token" -> token = p.getValueAsString();
                        case "ended" -> ended = v == JsonToken.VALUE_TRUE;
                        default -> p.skipChildren();
                    }
                }
            }
            return new Reply(id, token, ended, null);
        }
    }

    private ScheduledExecutorService startProgress(long start) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loadtest-progress");
            t.setDaemon(true);
            return t;
        });
        long[] last = {0, start};
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long turns = turnsDone.sum();
            double perSecond = (turns - last[0]) / ((now - last[1]) / 1e9);
            boolean warmingUp = last[1] < measureFrom;
            last[0] = turns;
            last[1] = now;
            long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
            progress.accept(String.format(java.util.Locale.ROOT, "  %5.0f s  %6.0f turns/s%s%s", (now - start) / 1e9,
                    perSecond, warmingUp ? "  (warm-up, not recorded)" : "",
                    errorCount > 0 ? "  errors " + errorCount : ""));
        }, 5, 5, TimeUnit.SECONDS);
        return ticker;
    }

    private void checkServer() {
        try (KeepAliveHttp http = new KeepAliveHttp(host, port, 5_000)) {
            KeepAliveHttp.Response res = http.get(prefix + "/api/bots");
            if (res.status() != 200) throw new ComptoirException("no Comptoir server at " + settings.url()
                    + " (GET /api/bots answered " + res.status() + ")");
            for (JsonNode bot : MAPPER.readTree(res.body())) if (bot.path("id").asText().equals(settings.botId())) return;
            throw new ComptoirException.NotFound("the server at " + settings.url() + " has no bot '" + settings.botId() + "'");
        } catch (IOException e) {
            throw new ComptoirException("cannot reach " + settings.url() + ": " + e.getMessage());
        }
    }

    /** CPU time of this whole process (all threads, GC and JIT included), or -1 when the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private void error(String kind) { errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet(); }

    private Map<String, Long> errorCounts() {
        Map<String, Long> out = new TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.get()));
        return out;
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
