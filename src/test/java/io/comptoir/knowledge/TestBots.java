package io.comptoir.knowledge;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.FaqEntry;
import io.comptoir.bot.Knowledge;
import io.comptoir.bot.Scoring;
import io.comptoir.botfolder.Bots;
import io.comptoir.understanding.Language;
import java.util.List;

/** Small bots for knowledge tests: built directly, or loaded from examples/. */
final class TestBots {
    private TestBots() {}

    static BotDefinition faqBot(Language language, String offer, List<FaqEntry> faq, List<List<String>> synonyms) {
        return new BotDefinition("test-bot", "Test", language, "neutral", "Hello", "I am a bot", offer,
                language.defaultRegion(), List.of(), List.of(), List.of(), Scoring.DEFAULT, List.of(), List.of(),
                new Knowledge(faq, List.of(), CatalogSchema.NONE, synonyms), null);
    }

    static FaqEntry entry(String id, String question, List<String> alternatives, List<String> tags, String answer) {
        return new FaqEntry(id, question, alternatives, tags, answer, null);
    }

    static BotDefinition example(String id) {
        return Bots.load("examples/" + id);
    }
}
