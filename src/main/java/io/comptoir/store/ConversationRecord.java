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
}
