package io.comptoir.store;

import io.comptoir.engine.ConversationEvent;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Extension point called inside the transaction that appends a conversation's events, so that derived tables
 * (daily KPI roll-ups) commit or roll back together with the events themselves.
 */
public interface EventAppendListener {
    /**
     * What one write appended.
     *
     * @param versionBefore the conversation's version before the write (0 for a new conversation); after the
     *     write it is {@code versionBefore + 1}
     * @param qualification the note's qualification status after the write, or null when the write kept the note
     */
    record Append(String botId, String conversationId, int versionBefore, List<ConversationEvent> events,
                  String qualification) {}

    /** Called once per append, after the event rows are inserted, on the same open transaction. */
    void appended(Handle handle, String botId, String conversationId, List<ConversationEvent> events);

    /** As {@link #appended(Handle, String, String, List)}, with the version and qualification the write knows. */
    default void appended(Handle handle, Append append) {
        appended(handle, append.botId(), append.conversationId(), append.events());
    }

    /*
     * Group commit hooks (all optional). The writes of many turns share one transaction; a listener may buffer
     * derived work between batchStarted and beforeCommit (e.g. sum counter increments so that a hot counter row is
     * updated once per commit instead of once per turn). What a write added must be kept only when that write is
     * kept: writeFinished tells, right after each write's savepoint is released (kept) or rolled back (dropped).
     * committed is called once the transaction is durable; batchEnded is always called last, also after a
     * failure, on the writer thread.
     */

    /** A group-commit transaction starts on this handle. */
    default void batchStarted(Handle handle) {}

    /** The last write on this handle was kept (savepoint released) or rolled back (everything it added is void). */
    default void writeFinished(Handle handle, boolean kept) {}

    /** Last chance to write buffered work in the transaction, before its commit. */
    default void beforeCommit(Handle handle) {}

    /** The transaction on this handle committed (what was buffered for after the commit may now be published). */
    default void committed(Handle handle) {}

    /** The transaction is over (committed or not): drop any buffer. */
    default void batchEnded(Handle handle) {}
}
