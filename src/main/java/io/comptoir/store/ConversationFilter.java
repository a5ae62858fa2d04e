package io.comptoir.store;

import java.time.Instant;

/**
 * Filters for the internal conversation list; null fields do not filter.
 *
 * @param search a word looked up in the client messages, the contact (a phone however it is written) and the note
 * @param flag a note flag (hesitant, changed_mind, human_requested…) the conversation must carry
 */
public record ConversationFilter(String botId, String status, Instant from, Instant to, String qualification,
                                 String search, int limit, int offset, String flag) {
    public ConversationFilter(String botId, String status, Instant from, Instant to, String qualification,
                              String search, int limit, int offset) {
        this(botId, status, from, to, qualification, search, limit, offset, null);
    }

    public static ConversationFilter all() { return new ConversationFilter(null, null, null, null, null, null, 1000, 0); }
}
