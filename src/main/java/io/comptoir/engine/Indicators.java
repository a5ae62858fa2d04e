package io.comptoir.engine;

import java.util.List;

/**
 * Sales indicators read from the client's words. Each quote is the message the indicator came from.
 *
 * @param urgency high, medium, low or unknown
 * @param decisionMaker yes, no or unknown
 */
public record Indicators(String urgency, String urgencyQuote, String decisionMaker, String decisionQuote,
                         List<Objection> objections) {
    public static final Indicators UNKNOWN = new Indicators("unknown", null, "unknown", null, List.of());

    public Indicators {
        objections = List.copyOf(objections);
    }
}
