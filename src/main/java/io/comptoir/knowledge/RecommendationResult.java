package io.comptoir.knowledge;

import io.comptoir.bot.CatalogItem;
import java.util.List;

/**
 * Recommended items, best first. {@code exactFit} is false when nothing met every requirement and the items are
 * the closest alternatives; the composer then says so.
 */
public record RecommendationResult(List<Item> items, boolean exactFit) {
    public RecommendationResult {
        items = List.copyOf(items);
    }

    /**
     * @param clientReason one sentence for the client, from the item's real attributes
     * @param internalReason why it was chosen, for the note
     * @param overBudget true when the price exceeds the stated budget (the client is told)
     */
    public record Item(CatalogItem item, double score, String clientReason, String internalReason, boolean overBudget) {}
}
