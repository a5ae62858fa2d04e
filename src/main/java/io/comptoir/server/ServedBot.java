package io.comptoir.server;

import io.comptoir.engine.ConversationEngine;
import java.util.List;

/**
 * A bot as the server serves it: its engine, its note renderer and its widget settings.
 *
 * @param language "fr" or "en"
 * @param allowedOrigins web origins allowed to embed the widget (CORS); "*" allows any
 */
public record ServedBot(String id, String name, String language, ConversationEngine engine, NoteView notes,
                        List<String> allowedOrigins) {
    public ServedBot {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public ServedBot withAllowedOrigins(List<String> origins) {
        return new ServedBot(id, name, language, engine, notes, origins);
    }

    public boolean allowsOrigin(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }
}
