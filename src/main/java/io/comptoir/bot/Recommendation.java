package io.comptoir.bot;

import java.util.List;
import java.util.Map;

/**
 * How collected answers map to catalog filters and preferences (bot.yaml {@code recommend:}).
 *
 * @param budgetQuestion the money question whose value caps the price (null: no budget filter)
 * @param priceColumn the money column compared with the budget
 * @param maxItems how many items to recommend, 1 to 3
 * @param rules per-answer filters (require) and preferences (prefer)
 * @param linkTemplate product link with {id}, for the purchase call to action
 */
public record Recommendation(String budgetQuestion, String priceColumn, int maxItems, List<Rule> rules,
                             String linkTemplate) {
    public Recommendation {
        rules = List.copyOf(rules);
    }

    /**
     * When the answer to {@code when.questionId} is one of {@code when.values}: keep only items whose columns
     * match {@code require}, and score higher those that match {@code prefer}. Column values are lists of
     * accepted values as written in the catalog ("true"/"false" for booleans).
     */
    public record Rule(Question.Condition when, Map<String, List<String>> require, Map<String, List<String>> prefer) {
        public Rule {
            require = Map.copyOf(require);
            prefer = Map.copyOf(prefer);
        }
    }
}
