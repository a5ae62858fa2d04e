package io.comptoir.server;

import io.comptoir.engine.BotMessage;
import io.comptoir.engine.ConversationState;
import java.util.List;

/** What the client gets back from one turn (and, for the internal views, the state it led to). */
public record Reply(String conversationId, List<BotMessage> messages, String stage, boolean ended,
                    ConversationState state) {
    public Reply {
        messages = List.copyOf(messages);
    }
}
