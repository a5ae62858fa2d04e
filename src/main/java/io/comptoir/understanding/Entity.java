package io.comptoir.understanding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something concrete found in a client message. {@code text} is the span of the message it came from,
 * so that every indicator in a note can point back to the client's own words.
 */
public sealed interface Entity {
    String text();

    /** Money: either {@code amount}, or {@code min} and/or {@code max}. Absent fields are null. */
    record Money(String text, BigDecimal amount, BigDecimal min, BigDecimal max, String currency, Period period)
            implements Entity {
        public enum Period { MONTH, YEAR }

        /** The figure to compare with a price: the amount, else the upper bound, else the lower bound. */
        public BigDecimal reference() { return amount != null ? amount : max != null ? max : min; }
    }

    record Email(String text, String value) implements Entity {}

    /** Phone number in E.164, e.g. {@code +33612345678}. */
    record Phone(String text, String value) implements Entity {}

    record Date(String text, LocalDate value) implements Entity {}

    /** Size of the client's company or team. */
    record Headcount(String text, int value) implements Entity {}
}
