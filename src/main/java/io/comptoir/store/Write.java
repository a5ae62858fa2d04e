package io.comptoir.store;

import io.comptoir.engine.ConversationEvent;
import java.util.List;

/**
 * One conversation write, as data: the group-commit writer can then run the statements of many writes as JDBC
 * batches (one round of each statement per commit instead of one per turn).
 */
sealed interface Write {
    String conversationId();

    String botId();

    List<TurnLine> turns();

    List<ConversationEvent> events();

    /** The conversation's version before this write (0 for a new conversation). */
    int versionBefore();

    /** The qualification status the note has after this write, or null when the write leaves the note as is. */
    String qualification();

    /** A new conversation (version 1) with its first lines and events. */
    record Create(ConversationRecord row, List<TurnLine> turns, List<ConversationEvent> events) implements Write {
        public Create {
            turns = List.copyOf(turns);
            events = List.copyOf(events);
        }

        @Override public String conversationId() { return row.id(); }
        @Override public String botId() { return row.botId(); }
        @Override public int versionBefore() { return 0; }
        @Override public String qualification() { return row.qualification(); }
    }

    /** An append to a conversation, kept only if it is still at {@code current.version()} (optimistic locking). */
    record Update(ConversationRecord current, ConversationUpdate update) implements Write {
        @Override public String conversationId() { return current.id(); }
        @Override public String botId() { return current.botId(); }
        @Override public List<TurnLine> turns() { return update.turns(); }
        @Override public List<ConversationEvent> events() { return update.events(); }
        @Override public int versionBefore() { return current.version(); }
        @Override public String qualification() { return update.note() == null ? null : update.note().qualification(); }
    }
}
