package io.comptoir.bot;

import java.util.Map;

/**
 * One endpoint of a bot's {@code delivery:} section in bot.yaml. Secrets are never in the file: {@code secretEnv}
 * names the environment variable that holds the webhook's signing secret or the CRM's API token.
 *
 * @param kind webhook, hubspot, pipedrive or salesforce
 * @param url the webhook URL, or the CRM's base URL (null: the vendor's default, HubSpot only)
 * @param properties extra CRM fields: CRM property name → note path
 */
public record DeliveryTarget(String name, String kind, String url, String secretEnv, Map<String, String> properties) {
    public DeliveryTarget {
        properties = Map.copyOf(properties);
    }
}
