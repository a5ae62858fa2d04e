package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.delivery.Receiver.Received;
import io.comptoir.delivery.Receiver.Reply;
import io.comptoir.delivery.http.HttpTransport;
import io.comptoir.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each CRM shape against a play server of that CRM: the paths, auth headers and bodies its public API documents
 * (required fields, ids chained from the previous answers), answered with the documented response shapes.
 */
class CrmShapesTest {
    static final String NOTE = """
            {"conversation_id":"c-42","bot":"agence-web","language":"fr","started_at":"2026-03-02T09:00:00Z",
             "ended_at":"2026-03-02T09:06:00Z",
             "contact":{"name":"Claire Martin","email":"claire@exemple.fr","phone":"+33612345678","company":"Céramiques"},
             "answers":{"need":"ecommerce","budget":{"amount":8000,"currency":"EUR"}},"need":"Boutique en ligne",
             "summary":"Boutique en ligne, 8 000 €, pour mars.","qualification":{"score":80,"status":"sql"},
             "cta":{"type":"booking","status":"accepted","details":{}},
             "next_action":{"action":"call","owner":"sales","due":"2026-03-03"}}""";

    static Delivery delivery(String progress) {
        Instant t = Instant.parse("2026-03-02T09:06:00Z");
        return new Delivery("dlv_1", "c-42", "agence-web", "agence-web/crm", Delivery.ENDED, NOTE.replace("\n", ""),
                DeliveryStatus.PENDING, 1, t, t, t, null, null, progress);
    }

    static Attempt send(Endpoint e, Delivery d) { return new HttpTransport(Clock.systemUTC()).send(d, e); }

    static JsonNode body(Received r) { return Json.parse(r.text()); }

    @Test
    void hubspot_upserts_the_contact_by_email_then_adds_a_note_associated_to_it() throws Exception {
        try (var hubspot = new Receiver()) {
            hubspot.answer(r -> r.path().equals("/crm/v3/objects/contacts/batch/upsert")
                    ? Reply.ok("{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"512\",\"new\":true,\"properties\":{}}]}")
                    : r.path().equals("/crm/v3/objects/notes") ? new Reply(201, "{\"id\":\"9001\"}", Map.of())
                    : Reply.status(404));
            var e = new Endpoint("agence-web/crm", Endpoint.Kind.HUBSPOT, hubspot.url(""), "pat-na1-token",
                    Map.of("comptoir_score", "qualification.score"));

            assertThat(send(e, delivery(null)).sent()).isTrue();

            List<Received> got = hubspot.received();
            assertThat(got).extracting(Received::path)
                    .containsExactly("/crm/v3/objects/contacts/batch/upsert", "/crm/v3/objects/notes");
            assertThat(got).allSatisfy(r -> {
                assertThat(r.header("Authorization")).isEqualTo("Bearer pat-na1-token");
                assertThat(r.header("Content-Type")).isEqualTo("application/json");
            });
            JsonNode input = body(got.get(0)).path("inputs").get(0);
            assertThat(input.path("idProperty").asText()).isEqualTo("email");
            assertThat(input.path("id").asText()).isEqualTo("claire@exemple.fr");
            assertThat(input.path("properties")).isEqualTo(Json.parse("""
                    {"email":"claire@exemple.fr","firstname":"Claire","lastname":"Martin","phone":"+33612345678",
                     "company":"Céramiques","comptoir_score":"80"}"""));
            JsonNode note = body(got.get(1));
            assertThat(note.path("properties").path("hs_timestamp").asText()).isEqualTo("2026-03-02T09:06:00Z");
            assertThat(note.path("properties").path("hs_note_body").asText())
                    .contains("Summary: Boutique en ligne, 8 000 €, pour mars.").contains("Qualification: sql (score 80)");
            assertThat(note.path("associations")).isEqualTo(Json.parse("""
                    [{"to":{"id":"512"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":202}]}]"""));
        }
    }

    @Test
    void pipedrive_creates_the_person_a_lead_for_it_and_a_note_on_the_lead() throws Exception {
        try (var pipedrive = new Receiver()) {
            pipedrive.answer(r -> switch (r.path()) {
                case "/api/v1/persons" -> new Reply(201, "{\"success\":true,\"data\":{\"id\":77,\"name\":\"Claire Martin\"}}", Map.of());
                case "/api/v1/leads" -> new Reply(201, "{\"success\":true,\"data\":{\"id\":\"adf21080-0e10-11eb-879b-05d71fb426ec\"}}", Map.of());
                case "/api/v1/notes" -> Reply.ok("{\"success\":true,\"data\":{\"id\":5}}");
                default -> Reply.status(404);
            });
            var e = new Endpoint("agence-web/crm", Endpoint.Kind.PIPEDRIVE, pipedrive.url(""), "pd-token",
                    Map.of("9dc80c50d78a15643bfc4ca79d76156a73a1ca0e", "qualification.status"));

            assertThat(send(e, delivery(null)).sent()).isTrue();

            List<Received> got = pipedrive.received();
            assertThat(got).extracting(Received::path).containsExactly("/api/v1/persons", "/api/v1/leads", "/api/v1/notes");
            assertThat(got).allSatisfy(r -> assertThat(r.header("x-api-token")).isEqualTo("pd-token"));
            assertThat(got).allSatisfy(r -> assertThat(r.path()).doesNotContain("api_token"));
            assertThat(body(got.get(0))).isEqualTo(Json.parse("""
                    {"name":"Claire Martin","email":[{"value":"claire@exemple.fr","primary":true,"label":"work"}],
                     "phone":[{"value":"+33612345678","primary":true,"label":"work"}],
                     "9dc80c50d78a15643bfc4ca79d76156a73a1ca0e":"sql"}"""));
            assertThat(body(got.get(1))).isEqualTo(Json.parse(
                    "{\"title\":\"Claire Martin – Boutique en ligne\",\"person_id\":77}"));
            assertThat(body(got.get(2)).path("lead_id").asText()).isEqualTo("adf21080-0e10-11eb-879b-05d71fb426ec");
            assertThat(body(got.get(2)).path("content").asText()).contains("Need: Boutique en ligne<br>");
        }
    }

    @Test
    void a_retry_after_a_failed_step_resumes_there_instead_of_creating_the_person_again() throws Exception {
        try (var pipedrive = new Receiver()) {
            pipedrive.answer(r -> r.path().equals("/api/v1/persons")
                    ? Reply.ok("{\"success\":true,\"data\":{\"id\":77}}") : Reply.status(503));
            var e = new Endpoint("agence-web/crm", Endpoint.Kind.PIPEDRIVE, pipedrive.url(""), "pd-token", Map.of());
            Attempt failed = send(e, delivery(null));
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.progress()).contains("\"id\":77");

            pipedrive.answer(r -> Reply.ok("{\"success\":true,\"data\":{\"id\":\"lead-1\"}}"));
            assertThat(send(e, delivery(failed.progress())).sent()).isTrue();
            assertThat(pipedrive.received()).extracting(Received::path)
                    .containsExactly("/api/v1/persons", "/api/v1/leads", "/api/v1/leads", "/api/v1/notes");
        }
    }

    @Test
    void salesforce_creates_one_lead_with_the_note_as_its_description() throws Exception {
        try (var salesforce = new Receiver()) {
            salesforce.answer(r -> r.path().equals("/services/data/v60.0/sobjects/Lead")
                    ? new Reply(201, "{\"id\":\"00Q5e00000AbCdE\",\"success\":true,\"errors\":[]}", Map.of())
                    : Reply.status(404));
            var e = new Endpoint("agence-web/crm", Endpoint.Kind.SALESFORCE, salesforce.url("/"), "00Dxx!token",
                    Map.of("Budget__c", "answers.budget.amount"));

            assertThat(send(e, delivery(null)).sent()).isTrue();

            Received lead = salesforce.received().get(0);
            assertThat(salesforce.received()).hasSize(1);
            assertThat(lead.header("Authorization")).isEqualTo("Bearer 00Dxx!token");
            JsonNode b = body(lead);
            assertThat(b.path("FirstName").asText()).isEqualTo("Claire");
            assertThat(b.path("LastName").asText()).isEqualTo("Martin");
            assertThat(b.path("Company").asText()).isEqualTo("Céramiques");
            assertThat(b.path("Email").asText()).isEqualTo("claire@exemple.fr");
            assertThat(b.path("Phone").asText()).isEqualTo("+33612345678");
            assertThat(b.path("LeadSource").asText()).isEqualTo("Comptoir");
            assertThat(b.path("Budget__c").asText()).isEqualTo("8000");
            assertThat(b.path("Description").asText()).contains("Conversation: c-42");
        }
    }

    @Test
    void a_crm_refusing_the_token_is_not_retried() throws Exception {
        try (var salesforce = new Receiver()) {
            salesforce.answer(r -> new Reply(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]", Map.of()));
            var e = new Endpoint("x/crm", Endpoint.Kind.SALESFORCE, salesforce.url(""), "expired", Map.of());
            Attempt a = send(e, delivery(null));
            assertThat(a.retryable()).isFalse();
            assertThat(a.error()).contains("INVALID_SESSION_ID");
        }
    }
}
