package io.comptoir.store;

import java.time.Instant;

/**
 * One stored conversation row. {@code version} is the optimistic-locking counter: every write checks and bumps it.
 *
 * @param turnCount number of stored turn lines (client and bot)
 * @param eventCount number of stored events
 */
public record ConversationRecord(String id, String botId, String tokenHash, String externalKey, String channel,
                                 String status, String stage, int version, int turnCount, int eventCount,
                                 Instant startedAt, Instant updatedAt, String qualification, String contactEmail,
                                 String contactPhone, Integer csat, String csatComment, String noteJson) {
    public static final String ACTIVE = "active";
    public static final String ENDED = "ended";

    public boolean ended() { return ENDED.equals(status); }

    /**
     * This row as a successful {@code update} leaves it (the same rules as the store's UPDATE), without the note
     * JSON: what a later turn needs (version, counts, token, status) with no need to read the row back.
     */
    public ConversationRecord afterWrite(ConversationUpdate u) {
        NoteFields n = u.note();
        return new ConversationRecord(id, botId, tokenHash, u.externalKey() != null ? u.externalKey() : externalKey,
                channel, u.status(), u.stage(), version + 1, turnCount + u.turns().size(),
                eventCount + u.events().size(), startedAt, u.at(),
                n != null && n.qualification() != null ? n.qualification() : qualification,
                n != null && n.email() != null ? n.email() : contactEmail,
                n != null && n.phone() != null ? n.phone() : contactPhone,
                u.csat() != null ? u.csat() : csat, u.csatComment() != null ? u.csatComment() : csatComment, null);
    }
}
