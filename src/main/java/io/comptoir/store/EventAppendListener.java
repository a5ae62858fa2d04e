package io.comptoir.store;

import io.comptoir.engine.ConversationEvent;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Extension point called inside the transaction that appends a conversation's events, so that derived tables
 * (daily KPI roll-ups) commit or roll back together with the events themselves.
 */
public interface EventAppendListener {
    /** Called once per append, after the event rows are inserted, on the same open transaction. */
    void appended(Handle handle, String botId, String conversationId, List<ConversationEvent> events);
}
