package io.comptoir.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.understanding.Language;
import org.junit.jupiter.api.Test;

/** Catalog values are named in the reader's language, falling back to the raw value. */
class ItemReasonsLanguageTest {
    private static final BotDefinition BOT = TestBots.example("boutique-velo");

    private static CatalogItem item(String category) {
        return BOT.knowledge().catalog().stream()
                .filter(i -> category.equals(String.valueOf(i.attributes().get("category")))).findFirst().orElseThrow();
    }

    @Test
    void an_english_line_names_the_category_in_english() {
        String line = new ItemReasons(BOT, LanguagePack.of(Language.EN)).describe(item("vtt"));
        assertThat(line).startsWith("mountain bike, ").doesNotContain("vtt");
    }

    @Test
    void a_french_line_names_the_category_as_a_seller_would() {
        assertThat(new ItemReasons(BOT, LanguagePack.of(Language.FR)).describe(item("cargo"))).startsWith("vélo cargo, ");
        assertThat(new ItemReasons(BOT, LanguagePack.of(Language.FR)).describe(item("vtt"))).startsWith("VTT, ");
    }
}
