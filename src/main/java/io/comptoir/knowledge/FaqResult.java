package io.comptoir.knowledge;

import io.comptoir.bot.FaqEntry;
import java.util.List;

/** The outcome of a FAQ look-up. Not finding an answer is a result, not an exception. */
public sealed interface FaqResult {
    /** The best score seen (0 when nothing matched). */
    double score();

    /** Other candidates, best first, for the internal view and evaluation. */
    List<Scored> alternatives();

    record Scored(FaqEntry entry, double score) {}

    /** Confidently answered by {@code entry}. */
    record Answered(FaqEntry entry, double score, List<Scored> alternatives) implements FaqResult {}

    /** Two entries are close: ask which one the client means ({@code question} is client wording). */
    record Clarify(String question, double score, List<Scored> alternatives) implements FaqResult {}

    /** Nothing confidently above the threshold. */
    record NotFound(double score, List<Scored> alternatives) implements FaqResult {}
}
