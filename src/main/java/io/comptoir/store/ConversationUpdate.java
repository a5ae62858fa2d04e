package io.comptoir.store;

import io.comptoir.engine.ConversationEvent;
import java.time.Instant;
import java.util.List;

/**
 * Everything one write adds to a conversation, committed in one transaction.
 *
 * @param note the new note, or null to keep the stored one
 * @param externalKey the new external key, or null to keep the stored one
 * @param csat a satisfaction score, or null to keep the stored one
 */
public record ConversationUpdate(String stage, String status, List<TurnLine> turns, List<ConversationEvent> events,
                                 NoteFields note, String externalKey, Integer csat, String csatComment,
                                 Instant at) {
    public ConversationUpdate {
        turns = List.copyOf(turns);
        events = List.copyOf(events);
    }

    /** A write that only appends events (purchase, rating) and keeps stage and status. */
    public static ConversationUpdate eventsOnly(ConversationRecord current, List<ConversationEvent> events,
                                                Integer csat, String csatComment, Instant at) {
        return new ConversationUpdate(current.stage(), current.status(), List.of(), events, null, null, csat,
                csatComment, at);
    }
}
