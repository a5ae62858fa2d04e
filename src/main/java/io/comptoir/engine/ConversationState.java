package io.comptoir.engine;

import java.time.Instant;

/**
 * The whole state of one conversation. Immutable; the engine returns a new one each turn.
 * (Owned by the engine work: fields will grow; keep these accessors.)
 */
public record ConversationState(String conversationId, String botId, Instant startedAt, Instant lastAt, Stage stage) {
    public boolean ended() { return stage == Stage.CLOSED; }
}
