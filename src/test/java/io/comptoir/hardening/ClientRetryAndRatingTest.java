package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.engine.EndReason;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A retried message is answered from the store without a second turn; a conversation is rated once, at its end. */
class ClientRetryAndRatingTest {
    static TestServer server(String database) {
        return new TestServer(FakeBots.registry(), 0, null,
                database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void a_message_sent_again_with_its_id_gets_the_stored_reply_and_no_second_turn(String database) {
        try (TestServer s = server(database)) {
            JsonNode o = s.post("/api/bots/agence-web/conversations", null, "{}").json();
            String id = o.path("conversation_id").asText();
            String token = o.path("token").asText();
            String path = "/api/conversations/" + id + "/messages";

            var first = s.post(path, token, "{\"text\": \"Un site vitrine\", \"client_message_id\": \"m-1\"}");
            var retry = s.post(path, token, "{\"text\": \"Un site vitrine\", \"client_message_id\": \"m-1\"}");
            var byHeader = s.send("POST", path, token, "{\"text\": \"3000\"}", "Idempotency-Key", "m-2");
            var headerRetry = s.send("POST", path, token, "{\"text\": \"3000\"}", "Idempotency-Key", "m-2");

            assertThat(first.status()).isEqualTo(200);
            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.json().path("messages")).isEqualTo(first.json().path("messages"));
            assertThat(headerRetry.json().path("messages")).isEqualTo(byHeader.json().path("messages"));
            var lines = s.service.store().lines(id);
            assertThat(lines.stream().filter(l -> l.role() == io.comptoir.store.TurnLine.Role.CLIENT))
                    .extracting(io.comptoir.store.TurnLine::text).containsExactly("Un site vitrine", "3000");
            assertThat(s.service.find(id).turnCount()).isEqualTo(lines.size());
            // Without an id, the same text is a new message.
            s.post(path, token, "{\"text\": \"3000\"}");
            assertThat(s.service.store().clientTurns(id)).hasSize(3);
        }
    }

    @Test
    void a_conversation_is_rated_once_after_it_ended_and_the_first_rating_counts() {
        try (TestServer s = server("h2")) {
            JsonNode o = s.post("/api/bots/agence-web/conversations", null, "{}").json();
            String id = o.path("conversation_id").asText();
            String token = o.path("token").asText();
            String csat = "/api/conversations/" + id + "/csat";

            var early = s.post(csat, token, "{\"score\": 5}");
            s.service.close(id, EndReason.COMPLETED);
            var rated = s.post(csat, token, "{\"score\": 2}");
            var again = s.post(csat, token, "{\"score\": 5}");

            assertThat(early.status()).isEqualTo(409);
            assertThat(rated.status()).isEqualTo(204);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().path("error").path("message").asText()).contains("already");
            assertThat(s.service.find(id).csat()).isEqualTo(2);
            assertThat(s.service.store().events(id).stream()
                    .filter(e -> e instanceof io.comptoir.engine.ConversationEvent.Csat)).hasSize(1);
        }
    }
}
