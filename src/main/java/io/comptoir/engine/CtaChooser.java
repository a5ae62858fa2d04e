package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CtaRule;
import io.comptoir.bot.Question;
import java.util.Optional;

/** Picks the call to action: bot.yaml rules are tried in order and the first whose conditions all hold wins. */
final class CtaChooser {
    private CtaChooser() {}

    /** The index of the winning rule, or empty when no rule applies (no call to action). */
    static Optional<Integer> choose(BotDefinition bot, ConversationState s) {
        String status = Scorer.qualify(bot, s).status();
        for (int i = 0; i < bot.ctaRules().size(); i++) {
            if (holds(bot.ctaRules().get(i).when(), s, status, bot.recommends())) return Optional.of(i);
        }
        return Optional.empty();
    }

    static boolean holds(CtaRule.When w, ConversationState s, String status, boolean catalogBot) {
        if (w == null) return true;
        // "recommended" means something fits what the client asked for: the closest items over budget do not count
        if (w.recommended() != null && w.recommended() != (catalogBot && s.recommendation().stream().anyMatch(Recommended::fits))) return false;
        if (w.status() != null && !w.status().equals(status)) return false;
        if (w.decisionMaker() != null && !w.decisionMaker().equals(s.indicators().decisionMaker())) return false;
        if (w.resolved() != null && !w.resolved().equals(s.resolved())) return false;
        if (w.humanRequested() != null && w.humanRequested() != s.hasFlag("human_requested")) return false;
        return w.answer() == null || matches(w.answer(), s);
    }

    /** Whether an earlier answer satisfies a condition (choice ids, or yes/no). */
    static boolean matches(Question.Condition c, ConversationState s) {
        return matches(c, s.answers().get(c.questionId()));
    }

    static boolean matches(Question.Condition c, Answer a) {
        if (a instanceof Answer.Choice ch) return c.values().contains(ch.id());
        if (a instanceof Answer.YesNo y) return c.values().contains(y.value() ? "yes" : "no");
        return false;
    }
}
