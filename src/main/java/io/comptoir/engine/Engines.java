package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;

/** Factory of conversation engines. Adapters wire the real understanding and knowledge components. */
public final class Engines {
    private Engines() {}

    /** One engine per bot; it is immutable and thread-safe, so share it across conversations. */
    public static ConversationEngine create(BotDefinition bot, EnginePorts ports) {
        return new DefaultConversationEngine(bot, ports);
    }
}
