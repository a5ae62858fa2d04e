package io.comptoir.understanding;

import java.time.LocalDate;

/**
 * What an analysis needs besides the text: the language, the reference day for relative dates
 * (time is passed in, never read from a clock), the region for phone numbers, and what the question just asked
 * waits for.
 */
public record UnderstandingContext(Language language, LocalDate today, String phoneRegion, Expected expected) {
    /** What the question just asked waits for: a count makes a bare number a headcount ("une cinquantaine je pense"). */
    public enum Expected { ANYTHING, COUNT }

    public UnderstandingContext {
        if (expected == null) expected = Expected.ANYTHING;
    }

    public UnderstandingContext(Language language, LocalDate today, String phoneRegion) {
        this(language, today, phoneRegion, Expected.ANYTHING);
    }

    public static UnderstandingContext of(Language language, LocalDate today) {
        return new UnderstandingContext(language, today, language.defaultRegion());
    }
}
