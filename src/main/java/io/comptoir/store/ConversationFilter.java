package io.comptoir.store;

import java.time.Instant;

/**
 * Filters for the internal conversation list; null fields do not filter.
 *
 * @param search a word looked up in the client messages, the contact and the note
 */
public record ConversationFilter(String botId, String status, Instant from, Instant to, String qualification,
                                 String search, int limit, int offset) {
    public static ConversationFilter all() { return new ConversationFilter(null, null, null, null, null, null, 1000, 0); }
}
