package io.comptoir.http;

/**
 * Settings of the HTTP server.
 *
 * @param internalKey the key of the internal API and console
 * @param openAiKey the bearer key the OpenAI-compatible API requires, or null for none
 * @param rateLimitPerMinute client messages per minute per address (0: no limit)
 * @param openAiTeamKey a second bearer key that opens the team ("-interne") models of /v1, or null
 */
public record ServerSettings(String internalKey, String openAiKey, int rateLimitPerMinute, String openAiTeamKey) {
    public ServerSettings(String internalKey, String openAiKey, int rateLimitPerMinute) {
        this(internalKey, openAiKey, rateLimitPerMinute, null);
    }

    /** Longest client message accepted, in characters. */
    public static final int MAX_MESSAGE_CHARS = 4000;
}
