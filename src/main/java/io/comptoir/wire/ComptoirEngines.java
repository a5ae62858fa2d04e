package io.comptoir.wire;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.EnginePorts;
import io.comptoir.engine.Engines;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.TextMatcher;
import io.comptoir.understanding.Understander;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wires a bot's engine with the real understanding and knowledge components. */
public final class ComptoirEngines {
    private ComptoirEngines() {}

    /** The engine for one bot (build once, share across conversations: it is immutable). */
    public static ConversationEngine create(BotDefinition bot) {
        KnowledgeBase kb = KnowledgeBase.build(bot);
        return Engines.create(bot, new EnginePorts(understander(), matcher(), kb.faq(), kb.recommender(), kb.scope()));
    }

    static Understander understander() {
        return (text, ctx) -> Analysis.empty(ctx.language(), text);
    }

    static TextMatcher matcher() {
        return (text, choices, language) -> {
            String t = " " + fold(text) + " ";
            List<TextMatcher.Match> out = new ArrayList<>();
            for (TextMatcher.Choice c : choices) {
                for (String p : c.phrases()) {
                    if (t.contains(" " + fold(p) + " ")) {
                        out.add(new TextMatcher.Match(c.id(), p));
                        break;
                    }
                }
            }
            return out;
        };
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
