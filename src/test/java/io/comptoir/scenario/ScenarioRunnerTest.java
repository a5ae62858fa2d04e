package io.comptoir.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.wire.ScenarioYaml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
    static Scenario parse(String yaml) {
        return ScenarioYaml.parse("scenarios/t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_turns_expectations_end_and_note_paths() {
        Scenario s = parse("""
                name: T
                turns:
                  - user: "bonjour"
                    expect: {stage: intake, reply_contains: [projet], slots: {need: ecommerce}, buttons_contain: [Site vitrine]}
                  - "au revoir"
                end: completed
                note:
                  flags: [hesitant]
                  changes[0].field: budget
                """);
        assertThat(s.turns()).hasSize(2);
        assertThat(s.turns().get(0).expect().slots()).containsKey("need");
        assertThat(s.end()).isEqualTo(io.comptoir.engine.EndReason.COMPLETED);
        assertThat(s.note()).containsKeys("flags", "changes[0].field");
    }

    @Test
    void an_unknown_key_is_an_error_that_names_the_file_and_the_key() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("name: T\nturns: [{user: a, expext: {}}]\n"))
                .hasMessageContaining("scenarios/t.yaml").hasMessageContaining("turns[0].expext");
    }

    @Test
    void json_paths_reach_into_objects_and_lists_and_lists_mean_contains_all() throws Exception {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"flags\":[\"hesitant\",\"changed_mind\"],\"changes\":[{\"field\":\"budget\",\"from\":{\"amount\":3000}}],\"n\":8000}");
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
        assertThat(JsonMatch.matches(yaml.readTree("[changed_mind]"), JsonMatch.at(node, "flags"))).isTrue();
        assertThat(JsonMatch.matches(yaml.readTree("[out_of_scope]"), JsonMatch.at(node, "flags"))).isFalse();
        assertThat(JsonMatch.matches(yaml.readTree("3000"), JsonMatch.at(node, "changes[0].from.amount"))).isTrue();
        assertThat(JsonMatch.matches(yaml.readTree("8000.0"), JsonMatch.at(node, "n"))).isTrue();
        assertThat(JsonMatch.matches(yaml.readTree("[]"), JsonMatch.at(node, "flags"))).isFalse();
    }

    @Test
    void a_client_message_with_a_jargon_word_fails_the_scenario() {
        io.comptoir.bot.BotDefinition b = io.comptoir.botfolder.Bots.load("examples/agence-web");
        java.util.List<String> jargon = new java.util.ArrayList<>(b.jargon());
        jargon.add("budget"); // a word the bot does say, declared internal for this test
        io.comptoir.bot.BotDefinition strict = new io.comptoir.bot.BotDefinition(b.id(), b.name(), b.language(), b.tone(),
                b.welcome(), b.disclosure(), b.offer(), b.phoneRegion(), b.scopeVocabulary(), b.questions(), b.ctaRules(),
                b.scoring(), jargon, b.kpiPlan(), b.knowledge(), b.recommendation());
        ScenarioResult r = new ScenarioRunner(strict, io.comptoir.wire.ComptoirEngines.create(strict))
                .run(parse("name: T\nturns:\n  - user: \"une boutique en ligne\"\n"));
        assertThat(r.passed()).isFalse();
        assertThat(r.failure().where()).isEqualTo("turn 1 jargon");
        assertThat(r.failure().expected()).contains("budget");
    }
}
