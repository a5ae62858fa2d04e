package io.comptoir.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.scenario.ScenarioRunner;
import io.comptoir.understanding.Language;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReplyTemplatesTest {
    /** The default jargon list every bot inherits (bot-folder reference). */
    static final List<String> DEFAULT_JARGON = List.of("lead", "prospect", "SQL", "MQL", "BANT", "scoring", "CRM",
            "qualification", "objection");
    static final List<String> WORD_LISTS = List.of("interrogatives", "injection_markers", "name_prefixes", "yes_no_words");

    @Test
    void no_reply_template_contains_internal_jargon_in_any_language() {
        List<Pattern> jargon = DEFAULT_JARGON.stream().map(ScenarioRunner::wordPattern).toList();
        for (Language lang : Language.values()) {
            for (Map.Entry<String, List<String>> e : Texts.of(lang).all().entrySet()) {
                if (WORD_LISTS.contains(e.getKey())) continue; // what the client may type, never said to the client
                for (String variant : e.getValue()) {
                    assertThat(jargon).as("%s/%s: %s", lang, e.getKey(), variant).noneMatch(p -> p.matcher(variant).find());
                }
            }
        }
    }

    @Test
    void both_languages_define_the_same_reply_keys() {
        assertThat(Texts.of(Language.EN).all().keySet()).isEqualTo(Texts.of(Language.FR).all().keySet());
        assertThat(Texts.of(Language.EN, "note/note.yaml").all().keySet())
                .isEqualTo(Texts.of(Language.FR, "note/note.yaml").all().keySet());
    }

    @Test
    void amounts_are_written_the_way_each_language_writes_them() {
        assertThat(Formats.of(Language.FR).amount(new java.math.BigDecimal("8000"), "EUR")).isEqualTo("8 000 €");
        assertThat(Formats.of(Language.EN).amount(new java.math.BigDecimal("5000"), "USD")).isEqualTo("$5,000");
        assertThat(Formats.of(Language.FR).amount(new java.math.BigDecimal("1299.90"), "EUR")).isEqualTo("1 299,90 €");
    }
}
