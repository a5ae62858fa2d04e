package io.comptoir.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.server.FakeBots;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The team's API: lists with filters, transcript and note, exports, erasure, shop purchases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalApiTest {
    static final String KEY = TestServer.INTERNAL_KEY;
    TestServer s = new TestServer(FakeBots.registry(), 0, null);

    @AfterAll
    void stop() { s.close(); }

    String conversation(String bot, String... messages) {
        JsonNode o = s.post("/api/bots/" + bot + "/conversations", null, "{}").json();
        String id = o.path("conversation_id").asText();
        for (String m : messages)
            s.post("/api/conversations/" + id + "/messages", o.path("token").asText(), Json.write(Map.of("text", m)));
        return id;
    }

    @Test
    void the_list_filters_by_bot_status_qualification_date_and_search() {
        String done = conversation("agence-web", "Une boutique de thé", "6000", "lina@exemple.fr", "Oui");
        String open = conversation("boutique-velo", "Un vélo cargo");

        assertThat(ids("/api/internal/conversations?bot=boutique-velo")).contains(open).doesNotContain(done);
        assertThat(ids("/api/internal/conversations?status=ended")).contains(done).doesNotContain(open);
        assertThat(ids("/api/internal/conversations?qualification=sql")).contains(done).doesNotContain(open);
        assertThat(ids("/api/internal/conversations?q=th%C3%A9")).contains(done).doesNotContain(open);
        assertThat(ids("/api/internal/conversations?from=2000-01-01&to=2000-12-31")).isEmpty();
        assertThat(s.get("/api/internal/conversations?from=yesterday", KEY).status()).isEqualTo(400);
    }

    @Test
    void a_conversation_comes_with_its_transcript_and_note_as_json_or_markdown() {
        String id = conversation("agence-web", "Un site vitrine", "2000 €");
        JsonNode d = s.get("/api/internal/conversations/" + id, KEY).json();
        assertThat(d.path("transcript")).hasSize(6);
        assertThat(d.path("note").path("need").asText()).isEqualTo("Un site vitrine");
        var md = s.get("/api/internal/conversations/" + id + "?format=md", KEY);
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).contains("**Client:** Un site vitrine").contains("## Note CRM");
    }

    @Test
    void notes_export_as_csv_and_json_lines() {
        String id = conversation("agence-web", "Site, \"vitrine\"", "=1+1", "paul@exemple.fr");
        var csv = s.get("/api/internal/notes/export?format=csv&bot=agence-web", KEY);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("conversation_id,bot,status");
        String row = csv.body().lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertThat(row).contains("\"Site, \"\"vitrine\"\"\"").contains("paul@exemple.fr");
        var jsonl = s.get("/api/internal/notes/export?format=jsonl&bot=agence-web", KEY);
        assertThat(jsonl.body().lines().map(Json::parse).filter(n -> n.path("conversation_id").asText().equals(id)))
                .hasSize(1);
    }

    @Test
    void delete_erases_transcript_note_and_contact() {
        String id = conversation("agence-web", "Un site", "3000", "nora@exemple.fr");
        assertThat(s.send("DELETE", "/api/internal/conversations/" + id, KEY, null).status()).isEqualTo(204);
        assertThat(s.get("/api/internal/conversations/" + id, KEY).status()).isEqualTo(404);
        assertThat(s.service.store().lines(id)).isEmpty();
        assertThat(s.send("DELETE", "/api/internal/conversations/" + id, KEY, null).status()).isEqualTo(404);
    }

    @Test
    void erasure_by_email_or_phone_removes_every_linked_conversation() {
        String a = conversation("agence-web", "Un site", "3000", "Omar@Exemple.fr");
        String b = conversation("boutique-velo", "Mon mail est omar@exemple.fr");
        String c = conversation("boutique-velo", "Appelez-moi au 06 12 34 56 78");
        String other = conversation("agence-web", "Un site", "3000", "autre@exemple.fr");

        JsonNode r = s.post("/api/internal/erasure", KEY, "{\"email\": \"omar@exemple.fr\"}").json();
        assertThat(r.path("erased").asInt()).isEqualTo(2);
        JsonNode p = s.post("/api/internal/erasure", KEY, "{\"phone\": \"06 12 34 56 78\"}").json();
        assertThat(p.path("erased").asInt()).isEqualTo(1);

        assertThat(s.service.store().find(a)).isEmpty();
        assertThat(s.service.store().find(b)).isEmpty();
        assertThat(s.service.store().find(c)).isEmpty();
        assertThat(s.service.store().find(other)).isPresent();
        assertThat(s.post("/api/internal/erasure", KEY, "{}").status()).isEqualTo(400);
    }

    @Test
    void the_shop_posts_purchases_as_conversation_events() {
        String id = conversation("boutique-velo", "Un vélo cargo");
        var r = s.post("/api/internal/events", KEY, "{\"type\": \"purchase\", \"conversation_id\": \"" + id
                + "\", \"amount\": 3490.00, \"currency\": \"EUR\", \"at\": \"2026-03-01T10:00:00Z\"}");
        assertThat(r.status()).isEqualTo(201);
        var purchase = s.service.store().events(id).stream().filter(e -> e instanceof ConversationEvent.Purchase)
                .map(e -> (ConversationEvent.Purchase) e).findFirst().orElseThrow();
        assertThat(purchase.amount()).isEqualByComparingTo("3490");
        assertThat(purchase.at()).hasToString("2026-03-01T10:00:00Z");
        assertThat(s.post("/api/internal/events", KEY, "{\"type\": \"purchase\", \"conversation_id\": \"" + id
                + "\", \"amount\": \"lots\"}").status()).isEqualTo(400);
        assertThat(s.post("/api/internal/events", KEY, "{\"type\": \"purchase\", \"conversation_id\": \"nope\", "
                + "\"amount\": 10}").status()).isEqualTo(404);
    }

    java.util.List<String> ids(String path) {
        var r = s.get(path, KEY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().findValuesAsText("conversation_id");
    }
}
