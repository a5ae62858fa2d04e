package io.comptoir.delivery.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Salesforce REST API ("Create a Record" on the sObject resource): one {@code Lead} with the note as its
 * Description. LastName and Company are required on a Lead, so they fall back to what the client gave
 * (e-mail, phone) and to "[not provided]". Auth: an OAuth access token, as a Bearer, on the org's instance URL.
 */
final class SalesforceShape implements CrmShape {
    static final String API_VERSION = "v60.0";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Map<String, String> properties;

    SalesforceShape(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public Request step(int step, JsonNode note, List<JsonNode> answers) {
        if (step > 0) return null;
        ObjectNode body = F.objectNode();
        String[] names = NoteFacts.names(note);
        NoteFacts.putIf(body, "FirstName", names[0]);
        body.put("LastName", names[1] != null ? names[1] : NoteFacts.displayName(note));
        String company = NoteFacts.company(note);
        body.put("Company", company != null ? company : "[not provided]");
        NoteFacts.putIf(body, "Email", NoteFacts.email(note));
        NoteFacts.putIf(body, "Phone", NoteFacts.phone(note));
        body.put("LeadSource", "Comptoir");
        body.put("Description", NoteFacts.text(note));
        NoteFacts.extra(body, note, properties);
        return new Request("/services/data/" + API_VERSION + "/sobjects/Lead", body);
    }

    @Override
    public Map<String, String> auth(String token) { return Map.of("Authorization", "Bearer " + token); }
}
