package io.comptoir.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.cli.Main;
import io.comptoir.store.Database;
import io.comptoir.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `comptoir serve` as separate processes with the real agence-web bot: kill -9 mid-conversation and go on from
 * the same state; two instances on one PostgreSQL schema serving alternate turns of one conversation.
 */
class DurabilityTest {
    static final String KEY = "durability-key";
    static final List<String> SCRIPT = List.of("Boutique en ligne", "Environ 8000 euros", "En mars", "Nous sommes 12",
            "Oui", "claire@exemple.fr", "Claire Martin");

    static ServerProcess serve(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("serve", "--port", "0", "--rate-limit", "0"));
        all.addAll(List.of(args));
        return new ServerProcess(Map.of("COMPTOIR_API_KEY", KEY), Main.class.getName(), all.toArray(String[]::new));
    }

    JsonNode call(int port, String method, String path, String token, String body) throws Exception {
        return ServerProcess.call(port, method, path, token, body);
    }

    record Chat(String id, String token) {}

    Chat open(int port) throws Exception {
        JsonNode o = call(port, "POST", "/api/bots/agence-web/conversations", null, "{}");
        return new Chat(o.path("conversation_id").asText(), o.path("token").asText());
    }

    JsonNode say(int port, Chat c, String text) throws Exception {
        return call(port, "POST", "/api/conversations/" + c.id() + "/messages", c.token(), Json.write(Map.of("text", text)));
    }

    /** The parts of the note that describe the conversation's state (ids and times set aside). */
    JsonNode state(int port, Chat c) throws Exception {
        JsonNode note = call(port, "GET", "/api/internal/conversations/" + c.id(), KEY, null).path("note");
        var out = Json.MAPPER.createObjectNode();
        for (String f : List.of("answers", "contact", "indicators", "qualification", "cta", "flags", "changes"))
            out.set(f, note.path(f));
        return out;
    }

    @Test
    void a_conversation_goes_on_from_the_same_state_after_kill_minus_9_and_restart() throws Exception {
        Path data = Files.createTempDirectory("comptoir-durability");
        Chat chat;
        try (ServerProcess first = serve("--data", data.toString())) {
            chat = open(first.port);
            for (String text : SCRIPT.subList(0, 3)) say(first.port, chat, text);
            first.kill();
        }
        try (ServerProcess second = serve("--data", data.toString())) {
            JsonNode before = call(second.port, "GET", "/api/conversations/" + chat.id(), chat.token(), null);
            assertThat(before.path("transcript").findValuesAsText("text")).containsSubsequence(SCRIPT.subList(0, 3));
            JsonNode last = null;
            for (String text : SCRIPT.subList(3, SCRIPT.size())) last = say(second.port, chat, text);

            Chat reference = open(second.port);
            JsonNode referenceLast = null;
            for (String text : SCRIPT) referenceLast = say(second.port, reference, text);
            assertThat(last.path("stage")).isEqualTo(referenceLast.path("stage"));
            assertThat(state(second.port, chat)).isEqualTo(state(second.port, reference));
            assertThat(state(second.port, chat).path("answers").path("budget").path("amount").asInt()).isEqualTo(8000);
            JsonNode transcript = call(second.port, "GET", "/api/conversations/" + chat.id(), chat.token(), null);
            assertThat(transcript.path("transcript").findValuesAsText("text")).containsSubsequence(SCRIPT);
        }
    }

    @Test
    void two_server_processes_on_one_postgresql_serve_alternate_turns_of_one_conversation() throws Exception {
        String schema = TestDatabases.newSchema();
        try (Database db = Database.open(TestDatabases.PG_URL, schema)) {
            db.jdbi().useHandle(h -> h.execute("SELECT 1"));
        }
        String url = TestDatabases.PG_URL + "&currentSchema=" + schema;
        try (ServerProcess a = serve("--db", url); ServerProcess b = serve("--db", url)) {
            Chat chat = open(a.port);
            for (int i = 0; i < SCRIPT.size(); i++) say(i % 2 == 0 ? b.port : a.port, chat, SCRIPT.get(i));
            Chat reference = open(a.port);
            for (String text : SCRIPT) say(a.port, reference, text);

            assertThat(state(b.port, chat)).isEqualTo(state(a.port, reference));
            JsonNode transcript = call(b.port, "GET", "/api/conversations/" + chat.id(), chat.token(), null);
            assertThat(transcript.path("transcript").findValuesAsText("text")).containsSubsequence(SCRIPT);
            assertThat(transcript.path("ended").asBoolean()).isTrue();
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }
}
