package io.comptoir.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator against a fake Comptoir REST API on a random port: offered rate, latency from the schedule,
 * warm-up, errors per kind. Timing is only asserted loosely (a factor, never milliseconds).
 */
class LoadGeneratorTest {
    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus the client's delayed
        // ACK adds 40 ms to every reply. Read once, when the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the fake server does with the n-th opening or n-th message: its status (2xx: a normal reply). */
    interface Behaviour { int status(boolean opening, long n); }

    HttpServer server;
    ExecutorService pool;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong openings = new AtomicLong();
    final AtomicLong messages = new AtomicLong();

    void startFakeApi(long sleepMillis, Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newFixedThreadPool(16);
        server.setExecutor(pool);
        server.createContext("/api/bots", ex -> {
            ex.getRequestBody().readAllBytes();
            if (ex.getRequestMethod().equals("GET")) {
                send(ex, 200, "[{\"id\":\"fake\",\"name\":\"Fake\",\"language\":\"en\"}]");
                return;
            }
            requests.incrementAndGet();
            long n = openings.incrementAndGet();
            int status = behaviour.status(true, n);
            send(ex, status, status / 100 != 2 ? "{\"error\":\"no\"}" : "{\"conversation_id\":\"c" + n
                    + "\",\"token\":\"t" + n + "\",\"messages\":[{\"text\":\"Hello\",\"ended\":true}],\"ended\":false}");
        });
        server.createContext("/api/conversations", ex -> {
            ex.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            long n = messages.incrementAndGet();
            sleep(sleepMillis);
            int status = ex.getRequestHeaders().getFirst("Authorization") == null ? 401 : behaviour.status(false, n);
            send(ex, status, status / 100 != 2 ? "{\"error\":\"no\"}"
                    : "{\"messages\":[{\"text\":\"Noted.\",\"buttons\":[]}],\"stage\":\"intake\",\"ended\":false}");
        });
        server.start();
    }

    static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
        if (pool != null) pool.shutdownNow();
    }

    LoadReport run(int conversations, double rate, Duration warmup, Duration duration) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return new LoadTest(new LoadTest.Settings(url, "fake", conversations, duration, warmup, rate,
                List.of("one", "two", "three"))).runOrFail();
    }

    @Test
    void achieves_about_the_offered_rate_against_a_fast_server() throws IOException {
        startFakeApi(0, (opening, n) -> 200);
        LoadReport r = run(10, 200, Duration.ofMillis(500), Duration.ofSeconds(2));
        assertThat(r.closedLoop()).isFalse();
        assertThat(r.errors()).isEmpty();
        assertThat(r.turnsPerSecond()).isBetween(150.0, 250.0);
        assertThat(r.conversations()).isPositive();
        assertThat(r.generatorCpuMsPerTurn()).isPositive();
        assertThat(r.render()).contains("offered 200 turns/s, achieved ").contains("latency from the scheduled send time")
                .contains("load generator CPU: ").doesNotContain("closed loop");
    }

    @Test
    void measures_latency_from_the_scheduled_send_time_when_the_server_falls_behind() throws IOException {
        startFakeApi(200, (opening, n) -> 200);
        // One client due every 50 ms against a server taking 200 ms: each request waits longer behind the schedule.
        LoadReport r = run(1, 20, Duration.ZERO, Duration.ofSeconds(2));
        assertThat(r.turns()).isPositive();
        assertThat(r.p50Ms()).isGreaterThan(2.5 * 200);
        assertThat(r.maxMs()).isGreaterThan(r.p50Ms());
        assertThat(r.turnsPerSecond()).isLessThan(20 / 2.0);
    }

    @Test
    void in_closed_loop_latency_is_from_the_actual_send_time() throws IOException {
        startFakeApi(200, (opening, n) -> 200);
        LoadReport r = run(1, 0, Duration.ZERO, Duration.ofSeconds(1));
        assertThat(r.closedLoop()).isTrue();
        assertThat(r.turns()).isPositive();
        assertThat(r.p50Ms()).isGreaterThanOrEqualTo(200.0 * 0.9);
        assertThat(r.render()).contains("closed loop").contains("concurrency / throughput").contains("--rate N");
    }

    @Test
    void turns_sent_during_the_warm_up_are_not_recorded() throws IOException {
        startFakeApi(0, (opening, n) -> 200);
        LoadReport r = run(5, 100, Duration.ofSeconds(1), Duration.ofSeconds(1));
        // About 100 turns in the warm-up and 100 measured: the server saw about twice what was recorded.
        assertThat(r.turns()).isPositive().isLessThan(requests.get() * 3 / 4);
    }

    @Test
    void counts_errors_per_kind_of_http_status() throws IOException {
        startFakeApi(0, (opening, n) -> opening ? (n % 3 == 0 ? 429 : 201) : 503);
        LoadReport r = run(2, 0, Duration.ZERO, Duration.ofSeconds(1));
        assertThat(r.errors()).containsOnlyKeys("HTTP 429", "HTTP 503");
        assertThat(r.errors().get("HTTP 503")).isPositive();
        assertThat(r.turns()).isEqualTo(r.conversations());
        assertThat(r.render()).contains("HTTP 429=").contains("HTTP 503=").contains("start it with --rate-limit 0");
    }
}
