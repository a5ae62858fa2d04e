package io.comptoir.cli;

import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Language;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Scope and phone region from a real bot folder: loaded once per reference, scope by the knowledge layer. */
final class BotScopeHook implements ScopeHook {
    private record Loaded(BotDefinition bot, KnowledgeBase knowledge) {}

    private final Map<String, Loaded> bots = new ConcurrentHashMap<>();

    private Loaded load(String ref) {
        return bots.computeIfAbsent(ref, r -> {
            BotDefinition bot = Bots.load(r);
            return new Loaded(bot, KnowledgeBase.build(bot));
        });
    }

    @Override
    public Boolean inScope(String bot, String text, Analysis analysis) {
        return load(bot).knowledge().scope().inScope(text, analysis);
    }

    @Override
    public String phoneRegion(String bot, Language language) {
        String region = load(bot).bot().phoneRegion();
        return region == null || region.isBlank() ? null : region;
    }
}
