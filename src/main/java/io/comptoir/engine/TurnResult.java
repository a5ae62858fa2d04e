package io.comptoir.engine;

import java.util.List;

/**
 * What one step of the engine produced: the new state, the client messages, the events, the outcome and the
 * dialogue acts the client's message was read as (for authors and the team; never shown to the client).
 */
public record TurnResult(ConversationState state, List<BotMessage> messages, List<ConversationEvent> events,
                         Outcome outcome, List<DialogueAct> acts) {
    public TurnResult {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
        acts = List.copyOf(acts);
    }

    public TurnResult(ConversationState state, List<BotMessage> messages, List<ConversationEvent> events, Outcome outcome) {
        this(state, messages, events, outcome, List.of());
    }
}
