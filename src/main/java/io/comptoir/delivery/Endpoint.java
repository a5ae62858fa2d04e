package io.comptoir.delivery;

import java.util.Map;

/**
 * Where notes go and how: a signed webhook or one of the CRM shapes.
 *
 * @param secret the webhook's signing secret, or the CRM's API token (read from the environment, never a file)
 * @param properties extra CRM fields: CRM property name → note path (e.g. {@code qualification.score})
 */
public record Endpoint(String name, Kind kind, String url, String secret, Map<String, String> properties) {
    public enum Kind { WEBHOOK, HUBSPOT, PIPEDRIVE, SALESFORCE }

    public Endpoint {
        properties = Map.copyOf(properties);
    }

    /** The secret stays out of logs and toString. */
    @Override
    public String toString() { return "Endpoint[" + name + ", " + kind + ", " + url + "]"; }
}
