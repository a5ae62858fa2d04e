package io.comptoir.cli;

import io.comptoir.bot.BotDefinition;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.RuleBasedUnderstander;
import io.comptoir.understanding.Understander;
import io.comptoir.understanding.UnderstandingContext;
import java.time.LocalDate;

/** What ask and eval knowledge share: the understanding layer's reading of a message, as the engine has it. */
final class KnowledgeCommands {
    private static final Understander UNDERSTANDER = new RuleBasedUnderstander();

    private KnowledgeCommands() {}

    /** Signals and entities of a message (the scope classifier ignores greetings, amounts, contacts...). */
    static Analysis analyze(BotDefinition bot, String text) {
        String region = bot.phoneRegion() == null ? bot.language().defaultRegion() : bot.phoneRegion();
        return UNDERSTANDER.analyze(text, new UnderstandingContext(bot.language(), LocalDate.now(), region));
    }
}
