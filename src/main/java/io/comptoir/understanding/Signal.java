package io.comptoir.understanding;

import java.util.Locale;

/** Conversational signals read from one client message; names follow the understanding contract. */
public enum Signal {
    AFFIRM, DENY, HESITATION, CORRECTION, URGENT, DECISION_MAKER, NOT_DECISION_MAKER,
    OBJECTION_PRICE, OBJECTION_TIMING, OBJECTION_COMPETITOR, OBJECTION_NEED, OBJECTION_TRUST,
    HUMAN_REQUEST, GREETING, THANKS, GOODBYE,
    /** An angry or complaining client ("c'est inadmissible", "nobody called me back"). */
    COMPLAINT;

    /** The contract name, e.g. {@code objection_price}. */
    public String wireName() { return name().toLowerCase(Locale.ROOT); }
}
