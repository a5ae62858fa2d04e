package io.comptoir.understanding;

import java.time.LocalDate;

/**
 * What an analysis needs besides the text: the language, the reference day for relative dates
 * (time is passed in, never read from a clock) and the region for phone numbers.
 */
public record UnderstandingContext(Language language, LocalDate today, String phoneRegion) {
    public static UnderstandingContext of(Language language, LocalDate today) {
        return new UnderstandingContext(language, today, language.defaultRegion());
    }
}
