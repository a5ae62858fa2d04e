package io.comptoir.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.understanding.Entity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recommendation invariants on the boutique-velo example: budget and use respected, reasons from real data. */
class CatalogRecommenderTest {
    static BotDefinition bot;
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        bot = TestBots.example("boutique-velo");
        kb = KnowledgeBase.build(bot);
    }

    static Entity.Money euros(int amount) {
        return new Entity.Money(amount + " €", BigDecimal.valueOf(amount), null, null, "EUR", null);
    }

    static RecommendationResult recommend(Map<String, String> answers, Entity.Money budget) {
        return kb.recommender().recommend(new RecommendationRequest(answers, budget));
    }

    @Test
    void recommends_only_bikes_that_fit_the_budget_and_the_use() {
        RecommendationResult r = recommend(Map.of("usage", "train", "assistance", "yes"), euros(2000));
        assertThat(r.exactFit()).isTrue();
        assertThat(r.items()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (RecommendationResult.Item i : r.items()) {
            assertThat(i.item().text("category")).contains("pliant");
            assertThat(i.item().bool("electric")).contains(true);
            assertThat(i.item().money("price").orElseThrow()).isLessThanOrEqualTo(new BigDecimal("2000"));
            assertThat(i.overBudget()).isFalse();
        }
    }

    @Test
    void every_exact_recommendation_meets_every_requirement_for_each_use_and_budget() {
        for (String usage : List.of("trajet", "enfants", "montagne", "route", "voyage", "train")) {
            for (String assistance : List.of("yes", "no")) {
                for (int budget : List.of(800, 1500, 3000, 7000)) {
                    RecommendationResult r = recommend(Map.of("usage", usage, "assistance", assistance), euros(budget));
                    if (!r.exactFit()) continue;
                    for (RecommendationResult.Item i : r.items()) {
                        assertThat(i.item().money("price").orElseThrow()).isLessThanOrEqualTo(BigDecimal.valueOf(budget));
                        if (assistance.equals("yes")) assertThat(i.item().bool("electric")).contains(true);
                        if (usage.equals("enfants")) assertThat(i.item().text("category")).contains("cargo");
                        if (usage.equals("train")) assertThat(i.item().text("category")).contains("pliant");
                    }
                }
            }
        }
    }

    @Test
    void the_client_reason_is_made_of_the_items_real_attributes() {
        RecommendationResult r = recommend(Map.of("usage", "train", "assistance", "yes"), euros(2000));
        RecommendationResult.Item first = r.items().get(0);
        CatalogItem bike = first.item();
        assertThat(first.clientReason()).contains("vélo pliant", "électrique", kb.money(bike.money("price").orElseThrow()),
                "train et petits espaces");
        assertThat(first.clientReason()).doesNotContain("score", "budget", ": T");
        assertThat(first.internalReason()).contains("catégorie vélo pliant demandée", "en stock", "(score 0,");
    }

    @Test
    void the_internal_reason_is_a_sentence_in_the_bots_language_keeping_the_facts() {
        RecommendationResult r = recommend(Map.of("usage", "montagne", "assistance", "no"), euros(2500));
        String why = r.items().get(0).internalReason();
        assertThat(why).contains(kb.money(r.items().get(0).item().money("price").orElseThrow()) + " pour un budget de 2 500 €",
                "catégorie VTT demandée", "sans assistance comme souhaité", "en stock", "(score 0,");
        assertThat(why).doesNotContain("price", "requires", "prefers", "[", "yes");
    }

    @Test
    void the_client_line_names_the_category_readably_and_the_need_in_lower_case() {
        RecommendationResult r = recommend(Map.of("usage", "montagne", "assistance", "no"), euros(2500));
        String line = r.items().get(0).clientReason();
        assertThat(line).startsWith("VTT, ").contains("idéal pour votre usage (sport et montagne, sans assistance)")
                .doesNotContain("vtt", "Sport et montagne", "Sans assistance");
    }

    @Test
    void a_bike_over_budget_is_only_proposed_as_such_and_the_client_is_told() {
        RecommendationResult r = recommend(Map.of("usage", "enfants", "assistance", "yes"), euros(2500));
        assertThat(r.exactFit()).isFalse();
        assertThat(r.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.overBudget()).isTrue();
            assertThat(i.item().text("category")).contains("cargo");
            assertThat(i.clientReason()).contains("au-dessus de votre budget");
        });
        assertThat(r.items().get(0).item().money("price").orElseThrow()).isEqualTo(new BigDecimal("3490"));
    }

    @Test
    void when_nothing_meets_the_requirements_the_closest_items_come_with_what_they_lack() {
        RecommendationResult r = recommend(Map.of("usage", "route", "assistance", "yes"), euros(3000));
        // the only electric road bike costs 4 590 €: it is proposed as over budget, never as a fit
        assertThat(r.exactFit()).isFalse();
        assertThat(r.items()).extracting(i -> i.item().id()).containsExactly("route-e-strada");
        assertThat(r.items().get(0).clientReason()).contains("au-dessus de votre budget", "1 590 €");
    }

    @Test
    void without_a_budget_preferences_rank_the_catalog() {
        RecommendationResult r = recommend(Map.of("usage", "trajet", "assistance", "no"), null);
        assertThat(r.exactFit()).isTrue();
        assertThat(r.items()).allSatisfy(i -> {
            assertThat(i.item().text("category").orElseThrow()).isIn("ville", "pliant");
            assertThat(i.item().bool("electric")).contains(false);
        });
        assertThat(recommend(Map.of("usage", "trajet", "assistance", "no"), null)).isEqualTo(r);
    }
}
