package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.Json;
import io.comptoir.http.KpiRoutes;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed requests to every public and internal endpoint, on H2 and PostgreSQL: none may get a 5xx, every error
 * body is the project's JSON error (those Jetty and Javalin produce themselves included), and the server answers
 * normally afterwards.
 */
class BadInputBatteryTest {
    static final String KEY = TestServer.INTERNAL_KEY;
    static final String BIG = "x".repeat(1_100_000);
    static final List<String> BODIES = List.of("", "null", "[]", "{", "\"text\"", "{\"text\": 5}",
            "{\"text\": \"a\\u0000b\"}", "{\"text\": \"\\u0000\"}", "{\"text\": \"\\ud800 lone\"}", "{\"text\": \"" + "é".repeat(4500) + "\"}",
            "{\"score\": 1e999999, \"comment\": \"\\u0000\"}", "{\"score\": 3, \"comment\": \"" + "c".repeat(2001) + "\"}",
            "{\"type\": \"purchase\", \"conversation_id\": \"%ID%\", \"amount\": \"1e999999999\"}",
            "{\"type\": \"purchase\", \"conversation_id\": \"%ID%\", \"amount\": -5}",
            "{\"type\": \"purchase\", \"conversation_id\": \"%ID%\", \"amount\": 10, \"at\": \"9999-01-01T00:00:00Z\"}",
            "{\"type\": \"purchase\", \"conversation_id\": \"\\u0000\", \"amount\": 10}",
            "{\"email\": \"e\"}", "{\"email\": 5}", "{\"phone\": \"\\u0000\"}", "{\"text\": \"ok\", \"client_message_id\": \"" + "i".repeat(300) + "\"}",
            "{\"model\": \"agence-web\", \"messages\": [{\"role\": \"user\", \"content\": \"a\\u0000b\"}]}",
            "{\"model\": \"agence-web\", \"messages\": 7}", "[".repeat(3000), "{\"a\": " + "1".repeat(2000) + "}");

    record Probe(String method, String path, String token) {}

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void no_malformed_request_gets_a_5xx_or_a_body_that_is_not_the_json_error(String database) {
        var db = database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null, db, List.of(new KpiRoutes()))) {
            JsonNode o = s.post("/api/bots/agence-web/conversations", null, "{}").json();
            String id = o.path("conversation_id").asText();
            String token = o.path("token").asText();
            List<String> failures = new ArrayList<>();
            int sent = 0;
            for (Probe p : probes(id, token)) {
                for (String body : BODIES) {
                    String b = body.replace("%ID%", id);
                    check(failures, p + " " + abbreviate(b), s.send(p.method(), p.path(), p.token(), b));
                    sent++;
                }
            }
            for (String[] h : headerCases()) {
                check(failures, String.join(" ", h), s.send("POST", "/api/conversations/" + id + "/messages", token,
                        "{\"text\": \"bonjour\"}", h));
                check(failures, "v1 " + String.join(" ", h), s.send("POST", "/v1/chat/completions", null,
                        "{\"model\": \"agence-web\", \"messages\": [{\"role\": \"user\", \"content\": \"bonjour\"}]}", h));
                sent += 2;
            }
            for (String path : oddPaths(id)) {
                check(failures, "GET " + path, s.send("GET", path, KEY, null));
                check(failures, "PUT " + path, s.send("PUT", path, KEY, "{}"));
                sent += 2;
            }
            check(failures, "1.1 MB body", s.post("/api/conversations/" + id + "/messages", token, BIG));
            check(failures, "1.1 MB v1", s.post("/v1/chat/completions", null, BIG));
            sent += 2;
            for (String raw : rawRequests()) {
                RawHttp.Answer a = RawHttp.send(s.server.port(), raw);
                if (a.status() < 100 || a.status() >= 500 || (a.status() >= 400 && !isJsonError(a.body())))
                    failures.add("raw " + abbreviate(raw) + " -> " + a.status() + " " + abbreviate(a.body()));
                sent++;
            }

            // an unknown protocol version is a malformed request line like any other: 400, never Jetty's 505
            RawHttp.Answer version = RawHttp.send(s.server.port(), "GET / HTTP/9.9\r\nHost: x\r\n\r\n");
            assertThat(version.status()).isEqualTo(400);
            assertThat(isJsonError(version.body())).isTrue();
            sent++;

            assertThat(sent).isGreaterThanOrEqualTo(200);
            assertThat(failures).isEmpty();
            JsonNode after = s.post("/api/bots/boutique-velo/conversations", null, "{}").json();
            var turn = s.post("/api/conversations/" + after.path("conversation_id").asText() + "/messages",
                    after.path("token").asText(), "{\"text\": \"Un vélo cargo\"}");
            assertThat(turn.status()).isEqualTo(200);
            assertThat(s.get("/readyz", null).status()).isEqualTo(200);
        }
    }

    static List<Probe> probes(String id, String token) {
        String c = "/api/conversations/" + id;
        return List.of(new Probe("POST", "/api/bots/agence-web/conversations", null),
                new Probe("POST", "/api/bots/%00/conversations", null),
                new Probe("POST", c + "/messages", token), new Probe("POST", c + "/messages", "x".repeat(500)),
                new Probe("POST", c + "/csat", token), new Probe("GET", c, token),
                new Probe("POST", "/api/conversations/%00/messages", token),
                new Probe("POST", "/api/conversations/" + "z".repeat(300) + "/csat", token),
                new Probe("POST", "/v1/chat/completions", null), new Probe("GET", "/v1/models", null),
                new Probe("POST", "/api/internal/erasure", KEY), new Probe("POST", "/api/internal/events", KEY),
                new Probe("DELETE", "/api/internal/conversations/%00", KEY),
                new Probe("GET", "/api/internal/conversations?limit=99999999999&offset=-1&q=%00&from=x", KEY),
                new Probe("GET", "/api/internal/notes/export?format=%00&status=%00", KEY),
                new Probe("GET", "/api/internal/kpi/report?bot=%00&from=2026-13-45", KEY),
                new Probe("GET", "/api/internal/erasures?limit=abc", KEY), new Probe("GET", "/readyz", null));
    }

    static List<String[]> headerCases() {
        return List.of(new String[] {"X-OpenWebUI-Chat-Id", "c".repeat(300)},
                new String[] {"Content-Type", "application/json; charset=xyz-bogus"},
                new String[] {"Content-Type", "application/json; charset=\"utf-16\""},
                new String[] {"Content-Type", "text/plain"}, new String[] {"Idempotency-Key", "k".repeat(500)},
                new String[] {"X-OpenWebUI-Chat-Id", "é".repeat(150)});
    }

    static List<String> oddPaths(String id) {
        return List.of("/nope", "/api/nope", "/api/internal/nope", "/v1/nope", "/api/conversations/" + id + "/csat",
                "/api/bots/agence-web/conversations", "/console/%2e%2e/%2e%2e/etc/passwd", "/api/bots/none/conversations");
    }

    static List<String> rawRequests() {
        String longUrl = "GET /api/bots?" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        String bigHeader = "GET /api/bots HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n";
        return List.of(longUrl, bigHeader, "GARBAGE\r\n\r\n",
                "GET /api/bots HTTP/1.1\r\n\r\n", "POST /api/bots/agence-web/conversations HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: abc\r\nConnection: close\r\n\r\n{}",
                "POST /api/bots/agence-web/conversations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
                "GET /api/bots HTTP/1.1\r\nHost: x\r\nBad Header Line\r\nConnection: close\r\n\r\n",
                "GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /v1/models HTTP/1.1\r\nHost: x\r\nX-OpenWebUI-Chat-Id: a\u0000b\r\nConnection: close\r\n\r\n");
    }

    static void check(List<String> failures, String what, TestServer.Res r) {
        if (r.status() >= 500 || (r.status() >= 400 && !isJsonError(r.body())))
            failures.add(what + " -> " + r.status() + " " + abbreviate(r.body()));
    }

    static boolean isJsonError(String body) {
        JsonNode n = Json.parse(body);
        return n.isObject() && n.path("error").path("message").isTextual();
    }

    static String abbreviate(String s) { return s.length() > 120 ? s.substring(0, 120) + "…" : s; }

}
