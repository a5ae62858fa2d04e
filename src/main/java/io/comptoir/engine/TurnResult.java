package io.comptoir.engine;

import java.util.List;

/** What one step of the engine produced: the new state, the client messages, the events and the outcome. */
public record TurnResult(ConversationState state, List<BotMessage> messages, List<ConversationEvent> events,
                         Outcome outcome) {
    public TurnResult {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }
}
