package io.comptoir.http;

/**
 * Settings of the HTTP server.
 *
 * @param internalKey the key of the internal API and console
 * @param openAiKey the bearer key the OpenAI-compatible API requires, or null for none
 * @param rateLimitPerMinute client messages per minute per address (0: no limit)
 */
public record ServerSettings(String internalKey, String openAiKey, int rateLimitPerMinute) {
    /** Longest client message accepted, in characters. */
    public static final int MAX_MESSAGE_CHARS = 4000;
}
