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
    /** Entries this close to the best may overtake it on the client's own words (synonyms made them look alike). */
    static final double LITERAL_RATIO = 0.75;

    private final List<FaqEntry> faq;
    private final LanguagePack pack;

    FaqComposer(List<FaqEntry> faq, LanguagePack pack) {
        this.faq = faq;
        this.pack = pack;
    }

    FaqResult compose(List<FaqRanker.Ranked> ranked) {
        ranked = literalFirst(ranked);
        List<FaqResult.Scored> scored = ranked.stream().limit(ALTERNATIVES)
                .map(r -> new FaqResult.Scored(faq.get(r.index()), round(r.score()))).toList();
        if (scored.isEmpty()) return new FaqResult.NotFound(0, List.of());
        FaqResult.Scored best = scored.get(0);
        List<FaqResult.Scored> others = scored.subList(1, scored.size());
        if (best.score() < ANSWER_THRESHOLD) return new FaqResult.NotFound(best.score(), scored);
        // two entries as close as that: ask which one, unless one holds more of the client's own words
        if (!others.isEmpty() && others.get(0).score() >= ANSWER_THRESHOLD
                && others.get(0).score() >= CLARIFY_RATIO * best.score() && !literallyAhead(ranked)) {
            return new FaqResult.Clarify(clarification(best.entry(), others.get(0).entry()), best.score(), scored);
        }
        return new FaqResult.Answered(best.entry(), best.score(), others);
    }

    /**
     * Among the candidates close to the best ({@link #LITERAL_RATIO}), the one alone holding the most of the client's
     * own words that the synonym groups merge comes first: the synonyms made them look alike, the client's word
     * ("vidange", not "révision") tells them apart.
     */
    private static List<FaqRanker.Ranked> literalFirst(List<FaqRanker.Ranked> ranked) {
        if (ranked.size() < 2) return ranked;
        double band = LITERAL_RATIO * ranked.get(0).score();
        int best = 0;
        for (int i = 1; i < ranked.size() && ranked.get(i).score() >= band; i++) {
            if (ranked.get(i).literal() > ranked.get(best).literal()) best = i;
        }
        if (best == 0) return ranked;
        List<FaqRanker.Ranked> out = new java.util.ArrayList<>(ranked);
        out.add(0, out.remove(best));
        return out;
    }

    /** Whether the first candidate holds more of the client's words than every other one within the clarify band. */
    private static boolean literallyAhead(List<FaqRanker.Ranked> ranked) {
        FaqRanker.Ranked first = ranked.get(0);
        double band = CLARIFY_RATIO * ranked.stream().mapToDouble(FaqRanker.Ranked::score).max().orElse(0);
        for (FaqRanker.Ranked r : ranked.subList(1, ranked.size())) {
            if (r.score() >= band && r.literal() >= first.literal()) return false;
        }
        return true;
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
