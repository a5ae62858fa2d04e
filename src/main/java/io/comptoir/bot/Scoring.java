package io.comptoir.bot;

import java.util.Map;

/**
 * Qualification scoring: points per indicator, summed and capped at 100, then compared with thresholds.
 * Indicator keys: need, budget, decision_maker, urgency_high, urgency_medium, deadline, headcount,
 * contact, objection (negative points, once per objection).
 */
public record Scoring(Map<String, Integer> points, int sqlThreshold, int mqlThreshold) {
    public static final Map<String, Integer> DEFAULT_POINTS = Map.of(
            "need", 20, "budget", 20, "decision_maker", 20, "urgency_high", 15, "urgency_medium", 8,
            "deadline", 5, "headcount", 5, "contact", 15, "objection", -10);
    public static final Scoring DEFAULT = new Scoring(DEFAULT_POINTS, 70, 40);

    public Scoring {
        points = Map.copyOf(points);
    }

    public int points(String indicator) { return points.getOrDefault(indicator, 0); }
}
