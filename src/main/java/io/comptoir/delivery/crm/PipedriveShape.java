package io.comptoir.delivery.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Pipedrive API v1 (developers.pipedrive.com, Persons, Leads, Notes): the person, a lead linked to it (a lead
 * needs a title and a person or organization), then a note on the lead. Every answer wraps the record in
 * {@code data}. Custom fields of a person are keyed by their generated hash, hence the configurable properties.
 * Auth: the user's API token in the {@code x-api-token} header (kept out of URLs, hence out of access logs).
 */
final class PipedriveShape implements CrmShape {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Map<String, String> properties;

    PipedriveShape(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public Request step(int step, JsonNode note, List<JsonNode> answers) {
        return switch (step) {
            case 0 -> person(note);
            case 1 -> lead(note, answers.get(0).path("data").path("id").asLong());
            case 2 -> note(note, answers.get(1).path("data").path("id").asText());
            default -> null;
        };
    }

    private Request person(JsonNode note) {
        ObjectNode body = F.objectNode();
        body.put("name", NoteFacts.displayName(note));
        String email = NoteFacts.email(note);
        if (email != null) body.putArray("email").addObject().put("value", email).put("primary", true).put("label", "work");
        String phone = NoteFacts.phone(note);
        if (phone != null) body.putArray("phone").addObject().put("value", phone).put("primary", true).put("label", "work");
        NoteFacts.extra(body, note, properties);
        return new Request("/api/v1/persons", body);
    }

    private static Request lead(JsonNode note, long personId) {
        ObjectNode body = F.objectNode();
        String need = NoteFacts.at(note, "need");
        body.put("title", NoteFacts.displayName(note) + (need == null ? "" : " – " + need));
        body.put("person_id", personId);
        return new Request("/api/v1/leads", body);
    }

    private static Request note(JsonNode note, String leadId) {
        ObjectNode body = F.objectNode();
        body.put("content", NoteFacts.text(note).replace("\n", "<br>"));
        body.put("lead_id", leadId);
        return new Request("/api/v1/notes", body);
    }

    @Override
    public Map<String, String> auth(String token) { return Map.of("x-api-token", token); }
}
