package io.comptoir.store;

import java.time.Instant;
import java.util.List;

/** One stored line of a transcript: a client message or one bot message with its buttons. */
public record TurnLine(Role role, String text, List<String> buttons, Instant at) {
    public enum Role { CLIENT, BOT }

    public TurnLine {
        buttons = List.copyOf(buttons);
    }

    public static TurnLine client(String text, Instant at) { return new TurnLine(Role.CLIENT, text, List.of(), at); }
}
