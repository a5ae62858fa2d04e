package io.comptoir.delivery.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * HubSpot CRM v3 (developers.hubspot.com, "Contacts" and "Activities | Notes"): the contact, then a note
 * associated to it. With an e-mail the contact is upserted by e-mail ({@code batch/upsert}, idProperty email),
 * so a returning client is updated rather than refused as a duplicate; without one it is created. The note's
 * association uses HubSpot's defined type 202 (note to contact). Auth: a private app's token, as a Bearer.
 */
final class HubSpotShape implements CrmShape {
    static final int NOTE_TO_CONTACT = 202;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Map<String, String> properties;

    HubSpotShape(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public Request step(int step, JsonNode note, List<JsonNode> answers) {
        return switch (step) {
            case 0 -> contact(note);
            case 1 -> note(note, contactId(answers.get(0)));
            default -> null;
        };
    }

    private Request contact(JsonNode note) {
        ObjectNode props = F.objectNode();
        String[] names = NoteFacts.names(note);
        NoteFacts.putIf(props, "email", NoteFacts.email(note));
        NoteFacts.putIf(props, "firstname", names[0]);
        NoteFacts.putIf(props, "lastname", names[1]);
        NoteFacts.putIf(props, "phone", NoteFacts.phone(note));
        NoteFacts.putIf(props, "company", NoteFacts.company(note));
        NoteFacts.extra(props, note, properties);
        String email = NoteFacts.email(note);
        if (email == null) {
            if (names[1] == null) props.put("lastname", NoteFacts.displayName(note));
            ObjectNode body = F.objectNode();
            body.set("properties", props);
            return new Request("/crm/v3/objects/contacts", body);
        }
        ObjectNode body = F.objectNode();
        ObjectNode input = body.putArray("inputs").addObject();
        input.put("idProperty", "email");
        input.put("id", email);
        input.set("properties", props);
        return new Request("/crm/v3/objects/contacts/batch/upsert", body);
    }

    /** The contact's id: in {@code results[0]} for an upsert, at the top for a create. */
    private static String contactId(JsonNode answer) {
        JsonNode results = answer.path("results");
        return results.isArray() && !results.isEmpty() ? results.get(0).path("id").asText() : answer.path("id").asText();
    }

    private static Request note(JsonNode note, String contactId) {
        ObjectNode body = F.objectNode();
        ObjectNode props = body.putObject("properties");
        String at = NoteFacts.at(note, "ended_at");
        props.put("hs_timestamp", at != null ? at : NoteFacts.at(note, "started_at"));
        props.put("hs_note_body", NoteFacts.text(note));
        ObjectNode assoc = body.putArray("associations").addObject();
        assoc.putObject("to").put("id", contactId);
        assoc.putArray("types").addObject().put("associationCategory", "HUBSPOT_DEFINED")
                .put("associationTypeId", NOTE_TO_CONTACT);
        return new Request("/crm/v3/objects/notes", body);
    }

    @Override
    public Map<String, String> auth(String token) { return Map.of("Authorization", "Bearer " + token); }

    @Override
    public String defaultBaseUrl() { return "https://api.hubapi.com"; }
}
