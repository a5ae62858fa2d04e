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
}
