package io.comptoir.knowledge;

import io.comptoir.bot.FaqEntry;
import io.comptoir.understanding.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores a knowledge base on labelled questions. hit@1: the bot's reply is the expected entry (answered, or
 * offered first in a clarification); hit@3: the expected entry is among the three best candidates and the bot did
 * not give up (not found). Scope accuracy covers every line: labelled questions are in scope, the others say so.
 */
public final class KnowledgeEvaluation {
    private KnowledgeEvaluation() {}

    /** One labelled line: {@code expectedSource} is null for a scope-only line. */
    public record Case(String text, String expectedSource, boolean inScope) {}

    /** A line the knowledge base got wrong, for the report. */
    public record Miss(String text, String expected, String got, double score, String kind) {}

    public record Report(int lines, int labelled, int hit1, int hit3, int scopeCorrect, int answered, int clarified,
                         List<Miss> misses) {
        public double hit1Rate() { return labelled == 0 ? 1 : (double) hit1 / labelled; }
        public double hit3Rate() { return labelled == 0 ? 1 : (double) hit3 / labelled; }
        public double scopeAccuracy() { return lines == 0 ? 1 : (double) scopeCorrect / lines; }
    }

    public static Report evaluate(KnowledgeBase kb, List<Case> cases, Function<String, Analysis> analyzer) {
        int labelled = 0, hit1 = 0, hit3 = 0, scope = 0, answered = 0, clarified = 0;
        List<Miss> misses = new ArrayList<>();
        for (Case c : cases) {
            boolean in = kb.scope().inScope(c.text(), analyzer.apply(c.text()));
            if (in == c.inScope()) scope++;
            else misses.add(new Miss(c.text(), "in_scope=" + c.inScope(), "in_scope=" + in, 0, "scope"));
            if (c.expectedSource() == null) continue;
            labelled++;
            FaqResult r = kb.faq().ask(c.text());
            if (r instanceof FaqResult.Answered) answered++;
            if (r instanceof FaqResult.Clarify) clarified++;
            List<FaqResult.Scored> ranked = ranked(r);
            boolean gaveUp = r instanceof FaqResult.NotFound;
            String top = ranked.isEmpty() ? null : ranked.get(0).entry().id();
            if (!gaveUp && c.expectedSource().equals(top)) hit1++;
            else misses.add(new Miss(c.text(), c.expectedSource(), (gaveUp ? "not found, best " : "") + top,
                    r.score(), "faq"));
            if (!gaveUp && ranked.stream().limit(3).anyMatch(s -> s.entry().id().equals(c.expectedSource()))) hit3++;
        }
        return new Report(cases.size(), labelled, hit1, hit3, scope, answered, clarified, misses);
    }

    /** Every candidate of a result, best first (an answered entry comes before its alternatives). */
    public static List<FaqResult.Scored> ranked(FaqResult r) {
        if (r instanceof FaqResult.Answered a) {
            List<FaqResult.Scored> all = new ArrayList<>();
            all.add(new FaqResult.Scored(a.entry(), a.score()));
            all.addAll(a.alternatives());
            return all;
        }
        return r.alternatives();
    }

    /** The entry a result answers with, or null. */
    public static FaqEntry answer(FaqResult r) {
        return r instanceof FaqResult.Answered a ? a.entry() : null;
    }
}
