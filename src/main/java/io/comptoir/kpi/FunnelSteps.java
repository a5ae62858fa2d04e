package io.comptoir.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered steps of a bot's funnel: welcome, one step per intake question (in bot.yaml order), the answer,
 * the call to action proposed, the call to action accepted. A conversation's furthest step counts every earlier
 * step as passed, so a question filled ahead of time (or skipped by a condition) never shows as a drop-off.
 */
public record FunnelSteps(List<String> questionIds) {
    public static final String WELCOME = "welcome";
    public static final String ANSWER = "answer";
    public static final String CTA_PROPOSED = "cta_proposed";
    public static final String CTA_ACCEPTED = "cta_accepted";
    public static final String QUESTION_PREFIX = "question:";

    public FunnelSteps {
        questionIds = List.copyOf(questionIds);
    }

    /** Step ids in order, e.g. welcome, question:need, question:budget, answer, cta_proposed, cta_accepted. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add(WELCOME);
        for (String q : questionIds) ids.add(QUESTION_PREFIX + q);
        ids.add(ANSWER);
        ids.add(CTA_PROPOSED);
        ids.add(CTA_ACCEPTED);
        return ids;
    }

    public int size() { return questionIds.size() + 4; }

    public String id(int index) { return ids().get(index); }

    /** Index of the step "question passed", or -1 for a question not in the bot (renamed or removed). */
    int passed(String questionId) {
        int i = questionIds.indexOf(questionId);
        return i < 0 ? -1 : i + 1;
    }

    /** Asking question i proves the steps before it were passed. */
    int asked(String questionId) {
        int i = questionIds.indexOf(questionId);
        return i < 0 ? -1 : i;
    }

    int answer() { return questionIds.size() + 1; }

    int ctaProposed() { return questionIds.size() + 2; }

    int ctaAccepted() { return questionIds.size() + 3; }
}
