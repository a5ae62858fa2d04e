package io.comptoir.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.ConversationService;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

/** A real server on a free port over a fresh H2 database, and a tiny HTTP client for tests. */
public final class TestServer implements AutoCloseable {
    public static final String INTERNAL_KEY = "team-secret-key";

    public final TestDatabases.Handle db;
    public final ConversationService service;
    public final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(BotRegistry bots, int rateLimit, String openAiKey) {
        this(bots, new ServerSettings(INTERNAL_KEY, openAiKey, rateLimit));
    }

    public TestServer(BotRegistry bots, ServerSettings settings) {
        this(bots, settings, TestDatabases.h2(), List.of());
    }

    /** Over a given database (H2 or PostgreSQL), with extensions such as the KPI roll-ups. */
    public TestServer(BotRegistry bots, int rateLimit, String openAiKey, TestDatabases.Handle db,
                      List<ServerExtension> extensions) {
        this(bots, new ServerSettings(INTERNAL_KEY, openAiKey, rateLimit), db, extensions);
    }

    public TestServer(BotRegistry bots, ServerSettings settings, TestDatabases.Handle db, List<ServerExtension> extensions) {
        this.db = db;
        service = new ConversationService(bots, new ConversationStore(db.db().jdbi()), Clock.systemUTC());
        server = HttpServer.start(service, settings, 0, extensions, db.db()::problem);
    }

    public String url() { return "http://localhost:" + server.port(); }

    public record Res(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() { return Json.parse(body); }
    }

    public Res send(String method, String path, String token, String body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) b.header("Content-Type", "application/json");
            if (token != null) b.header("Authorization", "Bearer " + token);
            for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Res post(String path, String token, String body) { return send("POST", path, token, body); }

    public Res get(String path, String token) { return send("GET", path, token, null); }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
