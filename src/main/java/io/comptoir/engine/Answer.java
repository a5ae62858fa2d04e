package io.comptoir.engine;

import io.comptoir.understanding.Entity;
import java.time.LocalDate;

/**
 * A collected slot value as the note stores it, with the client's own words ({@code quote}) so that every
 * answer can point back to what was said.
 */
public sealed interface Answer {
    String quote();

    /** An option of a choice question: its id (stored) and label (shown). */
    record Choice(String id, String label, String quote) implements Answer {}

    record Money(Entity.Money money, String quote) implements Answer {}

    record Date(LocalDate value, String quote) implements Answer {}

    record Count(int value, String quote) implements Answer {}

    record YesNo(boolean value, String quote) implements Answer {}

    record Text(String value, String quote) implements Answer {}

    /** The client could not answer after a re-ask: recorded so the intake moves on and never loops. */
    record Unknown(String quote) implements Answer {}

    default boolean known() { return !(this instanceof Unknown); }
}
