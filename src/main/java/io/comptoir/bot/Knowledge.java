package io.comptoir.bot;

import java.util.List;

/** The bot's knowledge as read from its folder: FAQ entries, catalog items and synonym groups. */
public record Knowledge(List<FaqEntry> faq, List<CatalogItem> catalog, CatalogSchema catalogSchema,
                        List<List<String>> synonyms) {
    public static final Knowledge EMPTY = new Knowledge(List.of(), List.of(), CatalogSchema.NONE, List.of());

    public Knowledge {
        faq = List.copyOf(faq);
        catalog = List.copyOf(catalog);
        synonyms = synonyms.stream().map(List::copyOf).toList();
    }
}
