package io.comptoir.delivery.crm;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.delivery.Endpoint;
import java.util.List;
import java.util.Map;

/**
 * A CRM's native shape: the note becomes a short chain of POST requests, each able to use the ids the previous
 * answers gave (a contact's id for the note associated to it). The sender keeps the answers between tries, so a
 * retry resumes at the request that failed.
 */
public interface CrmShape {
    /** One POST: a path under the endpoint's base URL and its JSON body. */
    record Request(String path, JsonNode body) {}

    /** Request number {@code step} (from 0) given the answers to the ones before; null once all are done. */
    Request step(int step, JsonNode note, List<JsonNode> answers);

    /** The headers carrying the API token. */
    Map<String, String> auth(String token);

    /** The base URL when the endpoint gives none (null: it must give one). */
    default String defaultBaseUrl() { return null; }

    static CrmShape of(Endpoint e) {
        return switch (e.kind()) {
            case HUBSPOT -> new HubSpotShape(e.properties());
            case PIPEDRIVE -> new PipedriveShape(e.properties());
            case SALESFORCE -> new SalesforceShape(e.properties());
            case WEBHOOK -> throw new IllegalArgumentException("a webhook has no CRM shape");
        };
    }
}
