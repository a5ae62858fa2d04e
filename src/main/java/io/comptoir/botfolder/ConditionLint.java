package io.comptoir.botfolder;

import io.comptoir.bot.CtaRule;
import io.comptoir.bot.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds conditions that can never hold: a question asked only after a question that is never asked, or only for
 * options no client message can choose; a condition that lists no answer at all (read as no condition, so the
 * question is always asked, which is not what its author meant); and call-to-action rules that depend on them.
 */
final class ConditionLint {
    private final LintContext cx;
    private final Set<String> unreachable;
    /** Why each never-asked question is never asked. */
    private final Map<String, String> neverAsked = new HashMap<>();

    ConditionLint(LintContext cx, Set<String> unreachableOptions) {
        this.cx = cx;
        this.unreachable = unreachableOptions;
    }

    void run() {
        List<Question> questions = cx.bot.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.condition() == null) {
                emptyCondition(q, i);
                continue;
            }
            String why = never(q.condition());
            if (why == null) continue;
            neverAsked.put(q.id(), why);
            cx.error(cx.lines.question(q.id(), "when"), "question '" + q.id() + "' is never asked: its 'when' can "
                    + "never be true (" + why + "); fix that condition, or remove 'when' to always ask it");
        }
        for (int i = 0; i < cx.bot.ctaRules().size(); i++) {
            CtaRule.When w = cx.bot.ctaRules().get(i).when();
            String why = w.answer() == null ? null : never(w.answer());
            if (why != null) {
                cx.warning(cx.lines.line("cta", i, "when"), "cta rule " + (i + 1) + " can never be chosen (" + why
                        + "); fix its 'answer' condition, or remove the rule");
            }
        }
    }

    /** Why the condition can never hold, or null when some conversation meets it. */
    private String never(Question.Condition c) {
        if (neverAsked.containsKey(c.questionId())) {
            return "it needs an answer to '" + c.questionId() + "', which is never asked: " + neverAsked.get(c.questionId());
        }
        boolean allUnreachable = c.values().stream().allMatch(v -> unreachable.contains(c.questionId() + "/" + v));
        if (!allUnreachable) return null;
        return "it needs '" + c.questionId() + "' to be " + String.join(" or ", c.values()) + ", and the bot reads "
                + (c.values().size() == 1 ? "that option" : "those options") + " from no label or synonym";
    }

    /** "when: {question: need, in: []}": the reader keeps no condition, so the question is asked to everyone. */
    private void emptyCondition(Question q, int index) {
        if (!cx.lines.has("questions", index, "when") || !cx.lines.scalars("questions", index, "when", "in").isEmpty()) return;
        cx.error(cx.lines.question(q.id(), "when"), "the 'when' of question '" + q.id() + "' lists no answer in "
                + "'in', so it can never be true, and the bot ignores it and always asks the question; list the "
                + "answers that lead to it, e.g. in: [vitrine], or remove 'when'");
    }
}
