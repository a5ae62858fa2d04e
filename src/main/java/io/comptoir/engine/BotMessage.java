package io.comptoir.engine;

import java.util.List;

/** One client-facing bot message with optional quick-reply buttons. Never carries internal content. */
public record BotMessage(String text, List<String> buttons) {
    public BotMessage {
        buttons = List.copyOf(buttons);
    }

    public static BotMessage of(String text) { return new BotMessage(text, List.of()); }
}
