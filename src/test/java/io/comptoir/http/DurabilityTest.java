package io.comptoir.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.server.FakeServeMain;
import io.comptoir.store.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Separate server processes: kill -9 mid-conversation and go on; two instances alternating on one PostgreSQL. */
class DurabilityTest {
    final HttpClient http = HttpClient.newHttpClient();

    JsonNode call(int port, String method, String path, String token, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 299);
        return Json.parse(r.body());
    }

    JsonNode say(int port, String id, String token, String text) throws Exception {
        return call(port, "POST", "/api/conversations/" + id + "/messages", token, Json.write(Map.of("text", text)));
    }

    @Test
    void a_conversation_goes_on_from_the_same_state_after_kill_minus_9_and_restart() throws Exception {
        Path dir = Files.createTempDirectory("comptoir-durability");
        String url = "jdbc:h2:file:" + dir.resolve("db");
        String id;
        String token;
        try (ServerProcess first = new ServerProcess(FakeServeMain.class.getName(), "0", url)) {
            JsonNode o = call(first.port, "POST", "/api/bots/agence-web/conversations", null, "{}");
            id = o.path("conversation_id").asText();
            token = o.path("token").asText();
            say(first.port, id, token, "Un site vitrine");
            JsonNode r = say(first.port, id, token, "4000 euros");
            assertThat(r.path("messages").get(0).path("text").asText()).contains("e-mail");
            first.kill();
        }
        try (ServerProcess second = new ServerProcess(FakeServeMain.class.getName(), "0", url)) {
            JsonNode before = call(second.port, "GET", "/api/conversations/" + id, token, null);
            assertThat(before.path("transcript")).hasSize(6);
            assertThat(before.path("transcript").get(4).path("text").asText()).isEqualTo("4000 euros");

            JsonNode r = say(second.port, id, token, "lea@exemple.fr");
            assertThat(r.path("stage").asText()).isEqualTo("cta");
            JsonNode end = say(second.port, id, token, "Oui");
            assertThat(end.path("ended").asBoolean()).isTrue();
            assertThat(end.path("messages").get(0).path("text").asText())
                    .contains("Un site vitrine").contains("4000 euros").contains("lea@exemple.fr");
        }
    }

    @Test
    void two_server_processes_on_one_postgresql_serve_alternate_turns_of_one_conversation() throws Exception {
        String schema = TestDatabases.newSchema();
        try (ServerProcess a = new ServerProcess(FakeServeMain.class.getName(), "0", TestDatabases.PG_URL, schema);
             ServerProcess b = new ServerProcess(FakeServeMain.class.getName(), "0", TestDatabases.PG_URL, schema)) {
            JsonNode o = call(a.port, "POST", "/api/bots/agence-web/conversations", null, "{}");
            String id = o.path("conversation_id").asText();
            String token = o.path("token").asText();
            say(b.port, id, token, "Une boutique en ligne");
            say(a.port, id, token, "8000 euros");
            JsonNode cta = say(b.port, id, token, "marc@exemple.fr");
            assertThat(cta.path("stage").asText()).isEqualTo("cta");
            JsonNode end = say(a.port, id, token, "Oui");
            assertThat(end.path("ended").asBoolean()).isTrue();
            assertThat(end.path("messages").get(0).path("text").asText())
                    .contains("Une boutique en ligne").contains("8000 euros").contains("marc@exemple.fr");
            JsonNode transcript = call(b.port, "GET", "/api/conversations/" + id, token, null);
            assertThat(transcript.path("transcript")).hasSize(10);
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }
}
