package io.comptoir.wire;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.EnginePorts;
import io.comptoir.engine.Engines;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.understanding.RuleBasedUnderstander;
import io.comptoir.understanding.match.LuceneTextMatcher;
import io.comptoir.understanding.TextMatcher;
import io.comptoir.understanding.Understander;

/** Wires a bot's engine with the real understanding and knowledge components. */
public final class ComptoirEngines {
    private ComptoirEngines() {}

    /** The engine for one bot (build once, share across conversations: it is immutable). */
    public static ConversationEngine create(BotDefinition bot) {
        return Engines.create(bot, ports(bot));
    }

    /** The real components one bot's engine talks to (the benchmark wraps them to time each one). */
    public static EnginePorts ports(BotDefinition bot) {
        KnowledgeBase kb = KnowledgeBase.build(bot);
        return new EnginePorts(understander(), matcher(), kb.faq(), kb.recommender(), kb.scope());
    }

    private static final Understander UNDERSTANDER = new RuleBasedUnderstander();

    static Understander understander() { return UNDERSTANDER; }

    private static final TextMatcher LUCENE = new LuceneTextMatcher();
    private static final TextMatcher FOLDING = new FoldingTextMatcher();

    /** The understanding layer's matcher; the simple folding matcher answers if it ever fails on a text. */
    private static final TextMatcher MATCHER = (text, choices, language) -> {
        try {
            return LUCENE.matchAll(text, choices, language);
        } catch (RuntimeException e) {
            return FOLDING.matchAll(text, choices, language);
        }
    };

    static TextMatcher matcher() { return MATCHER; }
}
