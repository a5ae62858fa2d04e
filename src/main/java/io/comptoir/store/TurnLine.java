package io.comptoir.store;

import java.time.Instant;
import java.util.List;

/**
 * One stored line of a transcript: a client message or one bot message with its buttons. A client message may carry
 * the id its sender gave it (null otherwise), so that a retry of the same message is answered without a new turn.
 */
public record TurnLine(Role role, String text, List<String> buttons, Instant at, String clientMessageId) {
    public enum Role { CLIENT, BOT }

    public TurnLine {
        buttons = List.copyOf(buttons);
    }

    public TurnLine(Role role, String text, List<String> buttons, Instant at) {
        this(role, text, buttons, at, null);
    }

    public static TurnLine client(String text, Instant at) { return new TurnLine(Role.CLIENT, text, List.of(), at); }

    public static TurnLine client(String text, Instant at, String clientMessageId) {
        return new TurnLine(Role.CLIENT, text, List.of(), at, clientMessageId);
    }
}
