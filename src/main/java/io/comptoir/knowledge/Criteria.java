package io.comptoir.knowledge;

import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.Recommendation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The filters and preferences that apply to one request: the rules whose condition the answers meet. */
record Criteria(BigDecimal budget, List<Constraint> require, List<Constraint> prefer, List<Recommendation.Rule> active,
                Map<String, String> answers) {

    /** "Column {@code column} has one of {@code values}" (case-insensitive; booleans as true/false). */
    record Constraint(String column, List<String> values, Recommendation.Rule rule, java.util.Set<String> folded) {
        Constraint(String column, List<String> values, Recommendation.Rule rule) {
            this(column, values, rule, values.stream().map(v -> v.toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }

        boolean matches(CatalogItem item) {
            Object v = item.attributes().get(column);
            return v != null && folded.contains(v.toString().toLowerCase(Locale.ROOT));
        }

        /** Same as {@link #matches(CatalogItem)} on values already in lower case (hot path of the recommender). */
        boolean matches(Map<String, String> lowerCaseValues) {
            String v = lowerCaseValues.get(column);
            return v != null && folded.contains(v);
        }
    }

    static Criteria of(Recommendation config, RecommendationRequest request) {
        List<Constraint> require = new ArrayList<>();
        List<Constraint> prefer = new ArrayList<>();
        List<Recommendation.Rule> active = new ArrayList<>();
        for (Recommendation.Rule rule : config.rules()) {
            if (!applies(rule, request.answers())) continue;
            active.add(rule);
            rule.require().forEach((column, values) -> require.add(new Constraint(column, values, rule)));
            rule.prefer().forEach((column, values) -> prefer.add(new Constraint(column, values, rule)));
        }
        // map iteration order is not fixed: sort so that reasons and scores are deterministic
        java.util.Comparator<Constraint> order = java.util.Comparator.comparing(Constraint::column);
        require.sort(order);
        prefer.sort(order);
        BigDecimal budget = request.budget() == null ? null : request.budget().reference();
        return new Criteria(budget, List.copyOf(require), List.copyOf(prefer), List.copyOf(active), request.answers());
    }

    private static boolean applies(Recommendation.Rule rule, Map<String, String> answers) {
        if (rule.when() == null) return true;
        String answer = answers.get(rule.when().questionId());
        return answer != null && rule.when().values().stream().anyMatch(v -> v.equalsIgnoreCase(answer.trim()));
    }
}
