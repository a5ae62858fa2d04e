package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnderstandCommandTest {
    private final UnderstandingRunner runner = UnderstandingRunner.create(LocalDate.of(2026, 11, 23), Language.FR);

    @Test
    void prints_the_contract_shape_with_the_words_each_entity_came_from() {
        JsonNode out = runner.line("{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"3k€ grand maximum, c'est urgent\",\"extra\":1}", 1);
        assertThat(out.get("id").asText()).isEqualTo("a");
        assertThat(out.get("language").asText()).isEqualTo("fr");
        JsonNode money = out.get("entities").get(0);
        assertThat(money.get("type").asText()).isEqualTo("money");
        assertThat(money.get("text").asText()).isEqualTo("3k€ grand maximum");
        assertThat(money.get("max").asInt()).isEqualTo(3000);
        assertThat(money.has("amount")).isFalse();
        assertThat(money.get("currency").asText()).isEqualTo("EUR");
        assertThat(out.get("signals").toString()).isEqualTo("[\"urgent\"]");
        assertThat(out.get("in_scope").isNull()).isTrue();
    }

    @Test
    void a_malformed_line_gives_an_error_line_with_its_id_or_number() {
        JsonNode broken = runner.line("{\"id\": \"x7\", \"text\": \"oops", 4);
        assertThat(broken.get("error").asText()).isNotBlank();
        assertThat(broken.get("id").asText()).isEqualTo("x7");
        JsonNode noId = runner.line("not json at all", 9);
        assertThat(noId.get("line").asInt()).isEqualTo(9);
        assertThat(noId.has("error")).isTrue();
        JsonNode noText = runner.line("{\"id\": 3}", 2);
        assertThat(noText.get("error").asText()).contains("text");
    }

    @Test
    void a_line_may_carry_its_own_reference_day_else_the_command_one_is_used() {
        JsonNode own = runner.line("{\"id\":\"d\",\"lang\":\"fr\",\"text\":\"demain\",\"now\":\"2019-06-30\"}", 1);
        assertThat(own.get("entities").get(0).get("value").asText()).isEqualTo("2019-07-01");
        JsonNode fallback = runner.line("{\"id\":\"e\",\"lang\":\"fr\",\"text\":\"demain\"}", 2);
        assertThat(fallback.get("entities").get(0).get("value").asText()).isEqualTo("2026-11-24");
        JsonNode bad = runner.line("{\"id\":\"f\",\"text\":\"demain\",\"now\":\"30/06/2019\"}", 3);
        assertThat(bad.get("error").asText()).contains("YYYY-MM-DD");
        assertThat(bad.get("id").asText()).isEqualTo("f");
    }

    @Test
    void english_lines_use_the_us_phone_region() {
        JsonNode out = runner.line("{\"id\":1,\"lang\":\"en\",\"text\":\"call (415) 555-0132\"}", 1);
        assertThat(out.get("entities").get(0).get("value").asText()).isEqualTo("+14155550132");
    }

    @Test
    void the_scorer_follows_the_reference_rules() {
        List<JsonNode> labels = List.of(runner.line("{\"id\":\"x\",\"text\":\"t\"}", 1));
        assertThat(UnderstandingScorer.f1(0, 0, 0)).isEqualTo(1.0);
        JsonNode exp = UnderstandingJson.MAPPER.createObjectNode().put("type", "money").put("max", 3000);
        JsonNode gotOk = UnderstandingJson.MAPPER.createObjectNode().put("type", "money").put("max", 3000.001).put("currency", "EUR");
        JsonNode gotExtraField = UnderstandingJson.MAPPER.createObjectNode().put("type", "money").put("max", 3000).put("amount", 3000);
        assertThat(UnderstandingScorer.entityMatches(exp, gotOk)).isTrue();
        assertThat(UnderstandingScorer.entityMatches(exp, gotExtraField)).isFalse();
        assertThat(labels).hasSize(1);
    }
}
