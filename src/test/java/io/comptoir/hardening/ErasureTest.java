package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.Json;
import io.comptoir.http.KpiRoutes;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Erasure erases only what it names: an exact, normalised email or phone, audited, KPI contact keys included. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureTest {
    static final String KEY = TestServer.INTERNAL_KEY;
    final TestServer s = new TestServer(FakeBots.registry(), 0, null, TestDatabases.h2(), List.of(new KpiRoutes()));

    @AfterAll
    void stop() { s.close(); }

    String conversation(String... messages) {
        JsonNode o = s.post("/api/bots/agence-web/conversations", null, "{}").json();
        String id = o.path("conversation_id").asText();
        for (String m : messages)
            s.post("/api/conversations/" + id + "/messages", o.path("token").asText(), Json.write(Map.of("text", m)));
        return id;
    }

    int kpiContacts(String conversationId) {
        return s.db.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kpi_contact WHERE conversation_id = :c")
                .bind("c", conversationId).mapTo(Integer.class).one());
    }

    JsonNode erase(String body) { return s.post("/api/internal/erasure", KEY, body).json(); }

    @Test
    void an_exact_email_erases_its_conversations_and_their_kpi_keys_and_nothing_that_merely_contains_it() {
        String contact = conversation("Un site", "3000", "Zoe@Exemple.fr", "Oui");
        String written = conversation("Écrivez à zoe@exemple.fr. Merci");
        String longer = conversation("Un site", "3000", "chloezoe@exemple.fr");
        String domain = conversation("Un site", "3000", "zoe@exemple.fr.example");
        assertThat(kpiContacts(contact)).isEqualTo(1);

        JsonNode dry = erase("{\"email\": \" ZOE@exemple.FR \", \"dry_run\": true}");
        assertThat(dry.path("would_erase").asInt()).isEqualTo(2);
        assertThat(s.service.store().find(contact)).isPresent();

        JsonNode done = erase("{\"email\": \"zoe@exemple.fr\"}");
        assertThat(done.path("erased").asInt()).isEqualTo(2);
        assertThat(done.path("conversation_ids")).extracting(JsonNode::asText).containsExactlyInAnyOrder(contact, written);
        assertThat(s.service.store().find(contact)).isEmpty();
        assertThat(s.service.store().find(written)).isEmpty();
        assertThat(s.service.store().find(longer)).isPresent();
        assertThat(s.service.store().find(domain)).isPresent();
        assertThat(kpiContacts(contact)).isZero();
    }

    @Test
    void an_exact_phone_erases_the_conversations_that_wrote_it_in_any_format() {
        String spaced = conversation("Appelez-moi au 06 11 22 33 44");
        String dotted = conversation("mon numéro : 06.11.22.33.44 merci");
        String other = conversation("Appelez-moi au 06 11 22 33 45");
        String longer = conversation("réf 0611223344999");

        JsonNode done = erase("{\"phone\": \"06-11-22-33-44\"}");
        assertThat(done.path("erased").asInt()).isEqualTo(2);
        assertThat(s.service.store().find(spaced)).isEmpty();
        assertThat(s.service.store().find(dotted)).isEmpty();
        assertThat(s.service.store().find(other)).isPresent();
        assertThat(s.service.store().find(longer)).isPresent();
    }

    @Test
    void anything_but_one_whole_address_is_refused_and_erases_nothing() {
        String kept = conversation("Un site", "3000", "eve@exemple.fr");
        for (String body : List.of("{\"email\": \"e\"}", "{\"email\": 5}", "{\"email\": \"@exemple.fr\"}",
                "{\"email\": \"%\"}", "{\"phone\": \"06\"}", "{\"phone\": \"abc 06 11 22 33 44\"}", "{}",
                "{\"email\": \"eve@exemple.fr\", \"phone\": \"0611223344\"}", "{\"email\": \"eve@exemple.fr\", \"dry_run\": \"yes\"}"))
            assertThat(s.post("/api/internal/erasure", KEY, body).status()).as(body).isEqualTo(400);
        assertThat(s.service.store().find(kept)).isPresent();
    }

    @Test
    void every_erasure_is_audited_with_who_when_and_how_many_but_never_the_value() {
        conversation("Un site", "3000", "audit.me@exemple.fr");
        s.send("POST", "/api/internal/erasure", KEY, "{\"email\": \"audit.me@exemple.fr\", \"dry_run\": true}",
                "X-Comptoir-Actor", "Camille");
        s.send("POST", "/api/internal/erasure", KEY, "{\"email\": \"audit.me@exemple.fr\"}", "X-Comptoir-Actor", "Camille");

        var log = s.get("/api/internal/erasures?limit=2", KEY);
        assertThat(log.body()).doesNotContain("audit.me").doesNotContain("exemple");
        JsonNode latest = log.json().path("entries").get(0);
        assertThat(latest.path("actor").asText()).isEqualTo("Camille");
        assertThat(latest.path("kind").asText()).isEqualTo("email");
        assertThat(latest.path("conversations").asInt()).isEqualTo(1);
        assertThat(latest.path("dry_run").asBoolean()).isFalse();
        assertThat(latest.path("at").asText()).isNotBlank();
        assertThat(log.json().path("entries").get(1).path("dry_run").asBoolean()).isTrue();
    }
}
