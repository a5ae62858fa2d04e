package io.comptoir.delivery.jdbc;

import io.comptoir.delivery.Delivery;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.store.EventAppendListener;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Writes the outbox rows of a conversation that ends, on the transaction of its final turn: the note and its
 * deliveries commit together or not at all. The note is final once the conversation ended (no later write
 * changes it), so there is no {@code conversation.updated} event.
 */
public final class OutboxListener implements EventAppendListener {
    private final Function<String, List<String>> endpointsOfBot;
    private final Runnable onCommitted;
    // Set when a write added deliveries, so that only those commits wake the sender (not every turn's).
    private final java.util.concurrent.atomic.AtomicBoolean added = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param endpointsOfBot the endpoint names a bot's notes go to
     * @param onCommitted called after a commit that may have added deliveries (wakes the sender)
     */
    public OutboxListener(Function<String, List<String>> endpointsOfBot, Runnable onCommitted) {
        this.endpointsOfBot = endpointsOfBot;
        this.onCommitted = onCommitted;
    }

    @Override
    public void appended(Handle h, String botId, String conversationId, List<ConversationEvent> events) {
        ConversationEvent.ConversationEnded end = null;
        for (ConversationEvent e : events) if (e instanceof ConversationEvent.ConversationEnded x) end = x;
        if (end == null) return;
        List<String> endpoints = endpointsOfBot.apply(botId);
        if (endpoints.isEmpty()) return;
        // The update of this very write set note_json earlier in the same transaction.
        String note = h.createQuery("SELECT note_json FROM conversations WHERE id = :id").bind("id", conversationId)
                .mapTo(String.class).findOne().orElse(null);
        if (note == null) return;
        for (String endpoint : endpoints)
            DeliveryStore.insert(h, conversationId, botId, endpoint, Delivery.ENDED, note, end.at());
        added.set(true);
    }

    @Override
    public void committed(Handle h) {
        if (added.getAndSet(false)) onCommitted.run();
    }
}
