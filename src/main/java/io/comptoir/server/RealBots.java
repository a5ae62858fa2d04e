package io.comptoir.server;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import java.util.List;

/** Wires a loaded bot to the real engine, understanding, knowledge and CRM note. */
public final class RealBots {
    private RealBots() {}

    public static ServedBot assemble(BotDefinition bot, List<String> allowedOrigins) {
        throw new ComptoirException("the conversation engine is not wired into the server yet (bot " + bot.id() + ")");
    }
}
