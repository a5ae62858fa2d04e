package io.comptoir.knowledge;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    CatalogRecommender(BotDefinition bot, LanguagePack pack) {
        this.bot = bot;
        this.reasons = new ItemReasons(bot, pack);
    }

    @Override
    public RecommendationResult recommend(RecommendationRequest request) {
        Recommendation config = bot.recommendation();
        List<CatalogItem> catalog = bot.knowledge().catalog();
        if (config == null || catalog.isEmpty()) return new RecommendationResult(List.of(), false);
        Criteria criteria = Criteria.of(config, request);
        int max = Math.max(1, Math.min(3, config.maxItems()));
        List<Candidate> all = catalog.stream().map(i -> evaluate(i, criteria, config.priceColumn())).toList();
        List<Candidate> fits = all.stream().filter(c -> c.meetsRequire() && !c.overBudget()).sorted(BEST).toList();
        if (!fits.isEmpty()) return result(fits, max, criteria, true);
        List<Candidate> above = all.stream().filter(Candidate::meetsRequire)
                .sorted(Comparator.comparing(Candidate::price).thenComparing(BEST)).toList();
        if (!above.isEmpty()) return result(above, max, criteria, false);
        List<Candidate> closest = all.stream().sorted(Comparator.comparingInt(Candidate::missed)
                .thenComparing(Candidate::overBudget).thenComparing(BEST)).toList();
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

    private Candidate evaluate(CatalogItem item, Criteria criteria, String priceColumn) {
        BigDecimal price = priceColumn == null ? null : item.money(priceColumn).orElse(null);
        boolean over = criteria.budget() != null && price != null && price.compareTo(criteria.budget()) > 0;
        int missed = (int) criteria.require().stream().filter(r -> !r.matches(item)).count();
        long preferred = criteria.prefer().stream().filter(p -> p.matches(item)).count();
        double prefer = criteria.prefer().isEmpty() ? 1 : (double) preferred / criteria.prefer().size();
        double budgetUse = criteria.budget() == null || price == null || criteria.budget().signum() == 0 ? 0.5
                : Math.min(1, price.divide(criteria.budget(), 4, RoundingMode.HALF_UP).doubleValue());
        Object stock = item.attributes().get("stock");
        double inStock = !(stock instanceof Long n) || n > 0 ? 1 : 0;
        double score = W_PREFER * prefer + W_BUDGET * budgetUse + W_STOCK * inStock;
        return new Candidate(item, price == null ? BigDecimal.ZERO : price, over, missed, score);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** An item with what the ranking needs to know about it. */
    record Candidate(CatalogItem item, BigDecimal price, boolean overBudget, int missed, double score) {
        boolean meetsRequire() { return missed == 0; }
    }
}
