package io.comptoir.knowledge;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.Recommendation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Recommends catalog items from bot.yaml's {@code recommend:} rules. An item fits when it meets every active
 * {@code require} and its price is within the budget reference. Fitting items are scored
 * <pre>
 *   s = 0.6·prefer + 0.3·budgetUse + 0.1·inStock
 *   prefer    = share of active preferences the item meets (1 when there is none)
 *   budgetUse = price / budget (a bike close to the budget beats a much cheaper one); 0.5 without a budget
 *   inStock   = 1 when stock &gt; 0 or the catalog has no stock column
 * </pre>
 * ties broken by price then id. When nothing fits: the items meeting the requirements just above the budget
 * (cheapest first, flagged over budget), else those meeting the most requirements; {@code exactFit} is false.
 */
final class CatalogRecommender implements Recommender {
    static final double W_PREFER = 0.6;
    static final double W_BUDGET = 0.3;
    static final double W_STOCK = 0.1;

    private final BotDefinition bot;
    private final ItemReasons reasons;
    private final List<Prepared> catalog;

    CatalogRecommender(BotDefinition bot, LanguagePack pack) {
        this.bot = bot;
        this.reasons = new ItemReasons(bot, pack);
        String priceColumn = bot.recommendation() == null ? null : bot.recommendation().priceColumn();
        this.catalog = bot.knowledge().catalog().stream().map(i -> Prepared.of(i, priceColumn)).toList();
    }

    /** An item with its lower-case values, price and stock read once, so a request is a plain scan. */
    private record Prepared(CatalogItem item, java.util.Map<String, String> values, BigDecimal price, double priceValue,
                            boolean inStock) {
        static Prepared of(CatalogItem item, String priceColumn) {
            java.util.Map<String, String> values = new java.util.HashMap<>();
            item.attributes().forEach((k, v) -> values.put(k, v.toString().toLowerCase(java.util.Locale.ROOT)));
            BigDecimal price = priceColumn == null ? null : item.money(priceColumn).orElse(null);
            Object stock = item.attributes().get("stock");
            return new Prepared(item, Map.copyOf(values), price, price == null ? 0 : price.doubleValue(),
                    !(stock instanceof Long n) || n > 0);
        }
    }

    @Override
    public RecommendationResult recommend(RecommendationRequest request) {
        Recommendation config = bot.recommendation();
        if (config == null || catalog.isEmpty()) return new RecommendationResult(List.of(), false);
        Criteria criteria = Criteria.of(config, request);
        int max = Math.max(1, Math.min(3, config.maxItems()));
        List<Candidate> all = new ArrayList<>(catalog.size());
        for (Prepared p : catalog) all.add(evaluate(p, criteria));
        List<Candidate> fits = top(all.stream().filter(c -> c.meetsRequire() && !c.overBudget()).toList(), BEST, max);
        if (!fits.isEmpty()) return result(fits, max, criteria, true);
        List<Candidate> above = top(all.stream().filter(Candidate::meetsRequire).toList(),
                Comparator.comparing(Candidate::price).thenComparing(BEST), max);
        if (!above.isEmpty()) return result(above, max, criteria, false);
        List<Candidate> closest = top(all, Comparator.comparingInt(Candidate::missed)
                .thenComparing(Candidate::overBudget).thenComparing(BEST), max);
        return result(closest, max, criteria, false);
    }

    private static final Comparator<Candidate> BEST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::price).thenComparing(c -> c.item().id());

    private RecommendationResult result(List<Candidate> ranked, int max, Criteria criteria, boolean exact) {
        List<RecommendationResult.Item> items = new ArrayList<>();
        for (Candidate c : ranked.subList(0, Math.min(max, ranked.size()))) {
            items.add(new RecommendationResult.Item(c.item(), round(c.score()), reasons.client(c, criteria),
                    reasons.internal(c, criteria), c.overBudget()));
        }
        return new RecommendationResult(items, exact);
    }

    /** The {@code k} best candidates in order: a partial selection, the catalog can be large. */
    private static List<Candidate> top(List<Candidate> candidates, Comparator<Candidate> order, int k) {
        java.util.PriorityQueue<Candidate> worstFirst = new java.util.PriorityQueue<>(order.reversed());
        for (Candidate c : candidates) {
            worstFirst.add(c);
            if (worstFirst.size() > k) worstFirst.poll();
        }
        List<Candidate> out = new ArrayList<>(worstFirst);
        out.sort(order);
        return out;
    }

    private static Candidate evaluate(Prepared p, Criteria criteria) {
        BigDecimal budget = criteria.budget();
        boolean over = budget != null && p.price() != null && p.price().compareTo(budget) > 0;
        int missed = 0;
        for (Criteria.Constraint r : criteria.require()) if (!r.matches(p.values())) missed++;
        int preferred = 0;
        for (Criteria.Constraint c : criteria.prefer()) if (c.matches(p.values())) preferred++;
        double prefer = criteria.prefer().isEmpty() ? 1 : (double) preferred / criteria.prefer().size();
        double budgetUse = budget == null || p.price() == null || budget.signum() == 0 ? 0.5
                : Math.min(1, p.priceValue() / budget.doubleValue());
        double score = W_PREFER * prefer + W_BUDGET * budgetUse + W_STOCK * (p.inStock() ? 1 : 0);
        return new Candidate(p.item(), p.price() == null ? BigDecimal.ZERO : p.price(), over, missed, score);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** An item with what the ranking needs to know about it. */
    record Candidate(CatalogItem item, BigDecimal price, boolean overBudget, int missed, double score) {
        boolean meetsRequire() { return missed == 0; }
    }
}
