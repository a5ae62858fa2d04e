package io.comptoir.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.http.ServerSettings;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.ConversationFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.comptoir.http.Json;
import org.junit.jupiter.api.Test;

/** Who gets the team models, and the bounds of /v1: rate, size, ids. */
class OpenAiBoundsAndAccessTest {
    static final String CLIENT_KEY = "sk-client";
    static final String TEAM_KEY = "sk-team-only";

    static String chat(String model, String... users) {
        List<String> turns = new ArrayList<>();
        for (String u : users) {
            if (!turns.isEmpty()) turns.add("…");
            turns.add(u);
        }
        return OpenWebUiShapes.chat(model, false, null, turns);
    }

    @Test
    void a_team_model_is_refused_with_the_client_key_and_with_no_key_and_served_with_a_team_key() {
        try (TestServer s = new TestServer(FakeBots.registry(), new ServerSettings(TestServer.INTERNAL_KEY, CLIENT_KEY, 0, TEAM_KEY))) {
            String body = chat("comptoir-agence-web-interne", "Un site");
            var none = s.post("/v1/chat/completions", null, body);
            var client = s.post("/v1/chat/completions", CLIENT_KEY, body);
            assertThat(none.status()).isEqualTo(401);
            assertThat(client.status()).isEqualTo(403);
            assertThat(client.json().path("error").path("type").asText()).isEqualTo("permission_error");
            assertThat(s.get("/v1/models/comptoir-agence-web-interne", CLIENT_KEY).status()).isEqualTo(403);
            assertThat(s.get("/v1/models", CLIENT_KEY).body()).doesNotContain("-interne");

            for (String key : List.of(TEAM_KEY, TestServer.INTERNAL_KEY)) {
                var team = s.post("/v1/chat/completions", key, body);
                assertThat(team.status()).isEqualTo(200);
                assertThat(team.json().path("choices").get(0).path("message").path("content").asText()).contains("<details>");
                assertThat(s.get("/v1/models", key).body()).contains("comptoir-agence-web-interne");
            }
            assertThat(s.post("/v1/chat/completions", CLIENT_KEY, chat("comptoir-agence-web", "Un site")).status()).isEqualTo(200);
        }
    }

    @Test
    void an_open_v1_still_keeps_the_team_models_for_the_team() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null)) {
            assertThat(s.post("/v1/chat/completions", null, chat("comptoir-agence-web-interne", "Un site")).status()).isEqualTo(401);
            assertThat(s.post("/v1/chat/completions", "anything", chat("comptoir-agence-web-interne", "Un site")).status()).isEqualTo(403);
            assertThat(s.get("/v1/models", null).body()).doesNotContain("-interne");
            assertThat(s.post("/v1/chat/completions", null, chat("comptoir-agence-web", "Un site")).status()).isEqualTo(200);
        }
    }

    @Test
    void past_its_rate_v1_answers_429_with_retry_after_in_the_openai_error_shape() {
        // --rate-limit 1 gives /v1 ten requests a minute per key and per address.
        try (TestServer s = new TestServer(FakeBots.registry(), 1, null)) {
            TestServer.Res last = null;
            for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) last = s.get("/v1/models", null);
            assertThat(last.status()).isEqualTo(429);
            assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            assertThat(last.json().path("error").path("type").asText()).isEqualTo("rate_limit_error");
        }
    }

    @Test
    void too_many_messages_or_bytes_are_413_and_a_chat_id_longer_than_the_column_is_400() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null)) {
            String[] many = new String[ChatRequest.MAX_MESSAGES / 2 + 1];
            java.util.Arrays.fill(many, "bonjour");
            var tooMany = s.post("/v1/chat/completions", null, chat("comptoir-agence-web", many));
            assertThat(tooMany.status()).isEqualTo(413);
            assertThat(tooMany.json().path("error").path("message").asText()).contains("messages");

            String big = Json.write(Map.of("model", "comptoir-agence-web", "messages",
                    List.of(Map.of("role", "user", "content", "x".repeat(ChatRequest.MAX_BYTES)))));
            assertThat(s.post("/v1/chat/completions", null, big).status()).isEqualTo(413);

            var longId = s.send("POST", "/v1/chat/completions", null, chat("comptoir-agence-web", "Un site"),
                    "X-OpenWebUI-Chat-Id", "c".repeat(300));
            assertThat(longId.status()).isEqualTo(400);
            assertThat(longId.json().path("error").path("code").asText()).isEqualTo("invalid_request");
            assertThat(s.service.store().list(ConversationFilter.all())).isEmpty();
        }
    }

    @Test
    void a_long_history_is_replayed_and_committed_in_one_write() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null)) {
            String[] users = new String[200];
            for (int i = 0; i < users.length; i++) users[i] = "message " + i;
            assertThat(s.post("/v1/chat/completions", null, chat("comptoir-agence-web", users)).status()).isEqualTo(200);
            var rows = s.service.store().list(ConversationFilter.all());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).version()).isEqualTo(1);
            assertThat(s.service.store().clientTurns(rows.get(0).id())).hasSizeLessThanOrEqualTo(200);
        }
    }

    @Test
    void the_openai_surface_has_model_names_one_model_and_openai_errors_for_unknown_paths() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null)) {
            assertThat(s.get("/v1/models", null).json().path("data").get(0).path("name").asText()).isEqualTo("Bot agence-web");
            var one = s.get("/v1/models/comptoir-agence-web", null).json();
            assertThat(one.path("id").asText()).isEqualTo("comptoir-agence-web");
            assertThat(one.path("object").asText()).isEqualTo("model");
            assertThat(s.get("/v1/models/gpt-4o", null).json().path("error").path("type").asText()).isEqualTo("not_found_error");
            for (String path : List.of("/v1/completions", "/v1/embeddings")) {
                var r = s.post(path, null, "{\"model\":\"comptoir-agence-web\",\"input\":\"x\"}");
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.json().path("error").path("message").asText()).contains(path);
            }
        }
    }
}
