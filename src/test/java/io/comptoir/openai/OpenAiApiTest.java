package io.comptoir.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.Json;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.ConversationFilter;
import io.comptoir.store.ConversationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAI-compatible API as Open WebUI uses it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiApiTest {
    TestServer s = new TestServer(FakeBots.registry(), 0, null);

    @AfterAll
    void stop() { s.close(); }

    static String chat(String model, boolean stream, String... users) {
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(Map.of("role", "system", "content", "ignored"));
        for (int i = 0; i < users.length; i++) {
            if (i > 0) messages.add(Map.of("role", "assistant", "content", "…"));
            messages.add(Map.of("role", "user", "content", users[i]));
        }
        return Json.write(Map.of("model", model, "messages", messages, "stream", stream, "temperature", 0.2,
                "stream_options", Map.of("include_usage", true), "some_future_field", List.of(1, 2)));
    }

    @Test
    void models_list_a_client_and_an_internal_model_per_bot_to_the_team() {
        JsonNode r = s.get("/v1/models", TestServer.INTERNAL_KEY).json();
        assertThat(r.path("object").asText()).isEqualTo("list");
        List<String> ids = new ArrayList<>();
        r.path("data").forEach(m -> ids.add(m.path("id").asText()));
        assertThat(ids).containsExactly("comptoir-agence-web", "comptoir-agence-web-interne", "comptoir-boutique-velo",
                "comptoir-boutique-velo-interne");
    }

    @Test
    void a_chat_id_keys_the_stored_conversation_across_calls() {
        var h1 = s.send("POST", "/v1/chat/completions", null, chat("comptoir-agence-web", false, "Un site vitrine"),
                "X-OpenWebUI-Chat-Id", "chat-42");
        JsonNode c1 = h1.json();
        assertThat(c1.path("object").asText()).isEqualTo("chat.completion");
        String first = c1.path("choices").get(0).path("message").path("content").asText();
        assertThat(first).contains("Bonjour").contains("Quel budget");
        assertThat(c1.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");

        JsonNode c2 = s.send("POST", "/v1/chat/completions", null,
                chat("comptoir-agence-web", false, "Un site vitrine", "3000 euros"), "X-OpenWebUI-Chat-Id", "chat-42").json();
        assertThat(c2.path("choices").get(0).path("message").path("content").asText()).contains("e-mail");

        var scope = new HistoryConversations.Scope("agence-web", null, "chat-42");
        ConversationRecord row = s.service.findByExternalKey(
                HistoryConversations.key(scope, List.of("Un site vitrine", "3000 euros"))).orElseThrow();
        assertThat(s.service.store().clientTurns(row.id())).hasSize(2);
        assertThat(row.channel()).isEqualTo("openai");
    }

    @Test
    void without_a_chat_id_the_history_is_replayed_and_the_conversation_continues() {
        int before = s.service.store().list(ConversationFilter.all()).size();
        s.post("/v1/chat/completions", null, chat("comptoir-boutique-velo", false, "Un vélo cargo"));
        JsonNode c2 = s.post("/v1/chat/completions", null, chat("comptoir-boutique-velo", false, "Un vélo cargo", "2500 €")).json();
        JsonNode c3 = s.post("/v1/chat/completions", null,
                chat("comptoir-boutique-velo", false, "Un vélo cargo", "2500 €", "zoe@exemple.fr")).json();

        assertThat(c2.path("choices").get(0).path("message").path("content").asText()).contains("e-mail");
        assertThat(c3.path("choices").get(0).path("message").path("content").asText()).contains("rendez-vous");
        assertThat(s.service.store().list(ConversationFilter.all())).hasSize(before + 1);
    }

    @Test
    void streaming_sends_chunks_a_stop_chunk_a_usage_chunk_and_done() {
        var r = s.send("POST", "/v1/chat/completions", null, chat("comptoir-agence-web", true, "Une boutique en ligne"),
                "X-OpenWebUI-Chat-Id", "stream-1");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> data = r.body().lines().filter(l -> l.startsWith("data: ")).map(l -> l.substring(6)).toList();
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        JsonNode usage = Json.parse(data.get(data.size() - 2));
        assertThat(usage.path("choices")).isEmpty();
        assertThat(usage.path("usage").path("total_tokens").asInt()).isPositive();
        JsonNode stop = Json.parse(data.get(data.size() - 3));
        assertThat(stop.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
        StringBuilder text = new StringBuilder();
        for (String d : data.subList(0, data.size() - 3)) {
            JsonNode c = Json.parse(d);
            assertThat(c.path("object").asText()).isEqualTo("chat.completion.chunk");
            text.append(c.path("choices").get(0).path("delta").path("content").asText());
        }
        assertThat(text.toString()).contains("Bonjour").contains("Quel budget");
    }

    @Test
    void the_internal_model_appends_the_live_note_in_a_collapsed_block_and_the_client_model_does_not() {
        String client = s.send("POST", "/v1/chat/completions", null, chat("comptoir-agence-web", false, "Un site"),
                "X-OpenWebUI-Chat-Id", "note-a").json().path("choices").get(0).path("message").path("content").asText();
        String internal = s.send("POST", "/v1/chat/completions", TestServer.INTERNAL_KEY, chat("comptoir-agence-web-interne", false, "Un site"),
                "X-OpenWebUI-Chat-Id", "note-b").json().path("choices").get(0).path("message").path("content").asText();
        assertThat(client).doesNotContain("<details>").doesNotContain("Note CRM");
        assertThat(internal).contains("<details>").contains("<summary>Note interne (équipe)</summary>").contains("Note CRM")
                .endsWith("</details>");
    }

    @Test
    void open_webui_housekeeping_prompts_are_answered_without_touching_the_conversation() {
        s.send("POST", "/v1/chat/completions", null, chat("comptoir-agence-web", false, "Boutique de bijoux"),
                "X-OpenWebUI-Chat-Id", "hk-1");
        var scope = new HistoryConversations.Scope("agence-web", null, "hk-1");
        ConversationRecord before = s.service.findByExternalKey(
                HistoryConversations.key(scope, List.of("Boutique de bijoux"))).orElseThrow();
        String history = "\n### Chat History:\n<chat_history>\nUSER: Boutique de bijoux\n</chat_history>";
        String title = completion("### Task:\nGenerate a concise, 3-5 word title with an emoji summarizing the chat history.\n"
                + "### Output:\nJSON format: { \"title\": \"your concise title here\" }" + history);
        String tags = completion("### Task:\nGenerate 1-3 broad tags categorizing the main themes of the chat history.\n"
                + "### Output:\nJSON format: { \"tags\": [\"tag1\", \"tag2\", \"tag3\"] }" + history);
        String follow = completion("### Task:\nSuggest 3-5 relevant follow-up questions or prompts that the user might naturally ask next.\n"
                + "### Output:\nJSON format: { \"follow_ups\": [\"Question 1?\", \"Question 2?\"] }" + history);

        assertThat(Json.parse(title).path("title").asText()).isEqualTo("Bot agence-web – Boutique de bijoux");
        assertThat(Json.parse(tags).path("tags")).isNotEmpty();
        assertThat(Json.parse(follow).path("follow_ups").isArray()).isTrue();
        ConversationRecord after = s.service.findByExternalKey(
                HistoryConversations.key(scope, List.of("Boutique de bijoux"))).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
    }

    String completion(String task) {
        return s.send("POST", "/v1/chat/completions", null, chat("comptoir-agence-web", false, task),
                "X-OpenWebUI-Chat-Id", "hk-1").json().path("choices").get(0).path("message").path("content").asText();
    }

    @Test
    void errors_use_the_openai_error_shape() {
        var r = s.post("/v1/chat/completions", null, chat("gpt-4o", false, "Bonjour"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("error").path("message").asText()).contains("gpt-4o");
        assertThat(r.json().path("error").path("type").asText()).isEqualTo("not_found_error");
        var bad = s.post("/v1/chat/completions", null, "{\"model\": \"comptoir-agence-web\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("code").asText()).isEqualTo("invalid_request");
    }

    @Test
    void a_configured_openai_key_is_required_as_bearer() {
        try (TestServer keyed = new TestServer(FakeBots.registry(), 0, "sk-team")) {
            assertThat(keyed.get("/v1/models", null).status()).isEqualTo(401);
            assertThat(keyed.get("/v1/models", "sk-wrong").json().path("error").path("type").asText())
                    .isEqualTo("authentication_error");
            assertThat(keyed.get("/v1/models", "sk-team").status()).isEqualTo(200);
        }
    }
}
