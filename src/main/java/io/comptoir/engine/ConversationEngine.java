package io.comptoir.engine;

import java.time.Instant;
import java.util.List;

/**
 * Port: one bot's conversation engine, a pure function of its inputs. Implementations hold only the
 * immutable bot definition and its knowledge, so one instance serves any number of conversations at once.
 */
public interface ConversationEngine {
    String botId();

    /** Opens a conversation: greeting, disclosure and first question in one turn. */
    TurnResult start(String conversationId, Instant at);

    /** Handles one client message. Never throws on any text: odd input is an outcome. */
    TurnResult handle(ConversationState state, UserTurn turn);

    /** Ends the conversation (goodbye, end of input, inactivity) so that the note is final. */
    TurnResult close(ConversationState state, EndReason reason, Instant at);

    /** Rebuilds a state from the client turns alone; the same turns always give the same state. */
    default ConversationState replay(String conversationId, Instant startedAt, List<UserTurn> turns) {
        ConversationState state = start(conversationId, startedAt).state();
        for (UserTurn turn : turns) state = handle(state, turn).state();
        return state;
    }
}
