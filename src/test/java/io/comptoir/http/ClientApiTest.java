package io.comptoir.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.server.FakeBots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

/** The widget's REST API and its security rules, against a real server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientApiTest {
    TestServer s = new TestServer(FakeBots.registry(), 1000, null);

    @AfterAll
    void stop() { s.close(); }

    JsonNode open() {
        var r = s.post("/api/bots/agence-web/conversations", null, "{}");
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    static String msg(String text) { return Json.write(java.util.Map.of("text", text)); }

    @Test
    void opening_a_conversation_returns_its_id_a_token_and_the_welcome_with_buttons() {
        JsonNode o = open();
        assertThat(o.path("conversation_id").asText()).startsWith("c_");
        assertThat(o.path("token").asText()).hasSizeGreaterThan(20);
        assertThat(o.path("messages").get(1).path("buttons").get(0).asText()).isEqualTo("Site vitrine");
    }

    @Test
    void a_client_message_gets_the_replies_the_stage_and_whether_it_ended() {
        JsonNode o = open();
        String id = o.path("conversation_id").asText();
        var r = s.post("/api/conversations/" + id + "/messages", o.path("token").asText(), msg("Un site vitrine"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("messages").get(0).path("text").asText()).contains("Quel budget");
        assertThat(r.json().path("stage").asText()).isEqualTo("intake");
        assertThat(r.json().path("ended").asBoolean()).isFalse();

        var t = s.get("/api/conversations/" + id, o.path("token").asText());
        assertThat(t.json().path("transcript")).hasSize(4);
        assertThat(t.body()).doesNotContain("qualification").doesNotContain("note");
    }

    @Test
    void a_token_opens_only_its_own_conversation() {
        JsonNode a = open();
        JsonNode b = open();
        String idA = a.path("conversation_id").asText();
        assertThat(s.get("/api/conversations/" + idA, b.path("token").asText()).status()).isEqualTo(403);
        assertThat(s.post("/api/conversations/" + idA + "/messages", b.path("token").asText(), msg("x")).status())
                .isEqualTo(403);
        assertThat(s.get("/api/conversations/" + idA, null).status()).isEqualTo(401);
        assertThat(s.service.store().clientTurns(idA)).isEmpty();
    }

    @Test
    void internal_endpoints_answer_401_without_the_key_and_403_with_a_client_token() {
        JsonNode a = open();
        assertThat(s.get("/api/internal/conversations", null).status()).isEqualTo(401);
        assertThat(s.get("/api/internal/conversations", "wrong").status()).isEqualTo(401);
        var forbidden = s.get("/api/internal/conversations", a.path("token").asText());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("error").path("message").asText()).contains("conversation token");
        assertThat(s.get("/api/internal/conversations", TestServer.INTERNAL_KEY).status()).isEqualTo(200);
    }

    @Test
    void a_message_over_4000_characters_gets_413_and_nothing_is_stored() {
        JsonNode o = open();
        String id = o.path("conversation_id").asText();
        var r = s.post("/api/conversations/" + id + "/messages", o.path("token").asText(), msg("a".repeat(4001)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("error").path("message").asText()).contains("4001 characters").contains("4000");
        assertThat(s.service.store().lines(id)).hasSize(2);
        assertThat(s.service.find(id).version()).isEqualTo(1);
        var ok = s.post("/api/conversations/" + id + "/messages", o.path("token").asText(), msg("a".repeat(4000)));
        assertThat(ok.status()).isEqualTo(200);
    }

    @Test
    void posting_too_fast_from_one_address_gets_429() {
        try (TestServer limited = new TestServer(FakeBots.registry(), 3, null)) {
            var o = limited.post("/api/bots/agence-web/conversations", null, "{}").json();
            String path = "/api/conversations/" + o.path("conversation_id").asText() + "/messages";
            String token = o.path("token").asText();
            assertThat(limited.post(path, token, msg("Un site")).status()).isEqualTo(200);
            assertThat(limited.post(path, token, msg("3000 €")).status()).isEqualTo(200);
            var r = limited.post(path, token, msg("a@b.fr"));
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("rate_limit_exceeded");
        }
    }

    @Test
    void cors_allows_the_bots_listed_origins_only() {
        var allowed = s.send("OPTIONS", "/api/bots/agence-web/conversations", null, null,
                "Origin", "https://client.example", "Access-Control-Request-Method", "POST");
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://client.example");

        int before = s.service.store().list(io.comptoir.store.ConversationFilter.all()).size();
        var refused = s.send("POST", "/api/bots/agence-web/conversations", null, "{}", "Origin", "https://evil.example");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(s.service.store().list(io.comptoir.store.ConversationFilter.all())).hasSize(before);
    }

    @Test
    void a_satisfaction_score_is_recorded_and_out_of_range_is_refused() {
        JsonNode o = open();
        String id = o.path("conversation_id").asText();
        String token = o.path("token").asText();
        s.service.close(id, io.comptoir.engine.EndReason.COMPLETED);
        assertThat(s.post("/api/conversations/" + id + "/csat", token, "{\"score\": 6}").status()).isEqualTo(400);
        assertThat(s.post("/api/conversations/" + id + "/csat", token, "{\"score\": 4, \"comment\": \"Rapide\"}").status())
                .isEqualTo(204);
        assertThat(s.service.find(id).csat()).isEqualTo(4);
    }

    @Test
    void the_openapi_document_describes_the_client_api() {
        var r = s.get("/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("paths").has("/api/conversations/{id}/messages")).isTrue();
    }
}
