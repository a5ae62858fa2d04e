package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import io.comptoir.bot.SlotType;
import io.comptoir.understanding.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example bots load, and what their authors wrote is what the definition holds. */
class ExampleBotsLoadTest {
    private final BotFolderLoader loader = new BotFolderLoader();

    @ParameterizedTest
    @ValueSource(strings = {"agence-web", "boutique-velo", "helpdesk-saas"})
    void every_example_bot_loads_without_problems(String id) {
        LoadResult result = loader.check(new DirectoryBotFiles(Path.of("examples", id)));
        assertThat(result.problems()).isEmpty();
        BotDefinition bot = result.orThrow();
        assertThat(bot.id()).isEqualTo(id);
        assertThat(bot.questions()).hasSizeBetween(3, 5);
        assertThat(bot.kpiPlan()).hasSizeBetween(3, 5);
        assertThat(bot.knowledge().faq()).isNotEmpty();
        assertThat(bot.jargon()).contains("lead", "prospect", "SQL", "MQL", "BANT", "scoring", "CRM", "qualification",
                "objection");
        assertThat(bot.ctaRules().get(bot.ctaRules().size() - 1).when().isDefault()).isTrue();
    }

    @Test
    void the_agency_bot_qualifies_and_books_a_meeting() {
        BotDefinition bot = loader.load(Path.of("examples", "agence-web"));
        assertThat(bot.language()).isEqualTo(Language.FR);
        assertThat(bot.phoneRegion()).isEqualTo("FR");
        assertThat(bot.question("budget").orElseThrow().type()).isEqualTo(SlotType.MONEY);
        assertThat(bot.question("need").orElseThrow().options()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bot.ctaRules()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(CtaType.BOOKING);
            assertThat(r.when().status()).isEqualTo("sql");
        });
        assertThat(bot.ctaRules()).anySatisfy(r -> assertThat(r.when().decisionMaker()).isEqualTo("no"));
        assertThat(bot.kpiPlan()).extracting(k -> k.kpi()).contains("conversion_rate", "qualification_rate");
    }

    @Test
    void the_bike_shop_bot_reads_its_catalog_schema_and_recommendation_rules() {
        BotDefinition bot = loader.load(Path.of("examples", "boutique-velo"));
        assertThat(bot.recommends()).isTrue();
        assertThat(bot.knowledge().catalog()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(bot.knowledge().catalogSchema().column("price").orElseThrow().type().name()).isEqualTo("MONEY");
        assertThat(bot.recommendation().budgetQuestion()).isNotNull();
        assertThat(bot.recommendation().rules()).anySatisfy(r -> {
            assertThat(r.when().values()).containsExactly("yes");
            assertThat(r.require()).containsEntry("electric", List.of("true"));
        });
        CtaRule purchase = bot.ctaRules().stream().filter(r -> r.type() == CtaType.PURCHASE).findFirst().orElseThrow();
        assertThat(purchase.when().recommended()).isTrue();
        assertThat(bot.kpiPlan()).extracting(k -> k.kpi()).contains("conversion_rate", "average_order_value",
                "cart_recovery_rate");
    }

    @Test
    void the_helpdesk_bot_answers_in_english_and_opens_a_ticket_when_unresolved() {
        BotDefinition bot = loader.load(Path.of("examples", "helpdesk-saas"));
        assertThat(bot.language()).isEqualTo(Language.EN);
        assertThat(bot.knowledge().faq()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(bot.ctaRules()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(CtaType.TICKET);
            assertThat(r.when().resolved()).isFalse();
        });
        assertThat(bot.kpiPlan()).extracting(k -> k.kpi()).contains("deflection_rate", "csat", "escalation_rate",
                "first_contact_resolution");
    }
}
