package io.comptoir.knowledge;

import io.comptoir.bot.FaqEntry;
import java.util.List;
import java.util.Optional;

/**
 * Compose step: turns ranked candidates into a {@link FaqResult}. Answer when the best normalised score reaches
 * {@code ANSWER_THRESHOLD} and the runner-up is clearly behind; when both are above the threshold and the
 * runner-up reaches {@code CLARIFY_RATIO} of the best, ask the client which one they mean; otherwise say it is not found.
 */
final class FaqComposer {
    /** Calibrated on the example bots' paraphrase sets (see docs/knowledge.md). */
    static final double ANSWER_THRESHOLD = 0.15;
    /** Clarify when the runner-up scores at least this share of the best. */
    static final double CLARIFY_RATIO = 0.92;
    static final int ALTERNATIVES = 5;

    private final List<FaqEntry> faq;
    private final LanguagePack pack;

    FaqComposer(List<FaqEntry> faq, LanguagePack pack) {
        this.faq = faq;
        this.pack = pack;
    }

    FaqResult compose(List<FaqRanker.Ranked> ranked) {
        List<FaqResult.Scored> scored = ranked.stream().limit(ALTERNATIVES)
                .map(r -> new FaqResult.Scored(faq.get(r.index()), round(r.score()))).toList();
        if (scored.isEmpty()) return new FaqResult.NotFound(0, List.of());
        FaqResult.Scored best = scored.get(0);
        List<FaqResult.Scored> others = scored.subList(1, scored.size());
        if (best.score() < ANSWER_THRESHOLD) return new FaqResult.NotFound(best.score(), scored);
        if (!others.isEmpty() && others.get(0).score() >= ANSWER_THRESHOLD
                && others.get(0).score() >= CLARIFY_RATIO * best.score()) {
            return new FaqResult.Clarify(clarification(best.entry(), others.get(0).entry()), best.score(), scored);
        }
        return new FaqResult.Answered(best.entry(), best.score(), others);
    }

    /** "Vous parlez de la facturation ou de l'abonnement ?" from distinguishing tags, else from the questions. */
    String clarification(FaqEntry a, FaqEntry b) {
        Optional<String> ta = a.tags().stream().filter(t -> !b.tags().contains(t)).findFirst();
        Optional<String> tb = b.tags().stream().filter(t -> !a.tags().contains(t)).findFirst();
        if (ta.isPresent() && tb.isPresent()) return pack.text("faq.clarify.topics", "a", ta.get(), "b", tb.get());
        return pack.text("faq.clarify.questions", "a", strip(a.question()), "b", strip(b.question()));
    }

    private static String strip(String question) {
        return question.replaceAll("[\\s?？]+$", "");
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
