package io.comptoir.understanding.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static Vocabulary of(String... words) {
        Vocabulary v = new Vocabulary();
        for (String w : words) v.add(w);
        return v;
    }

    @Test
    void fixes_one_edit_typos_of_long_known_words() {
        Vocabulary v = of("budget", "urgent", "decembre");
        assertThat(v.correct("budjet")).isEqualTo("budget");
        assertThat(v.correct("urgnt")).isEqualTo("urgent");
        assertThat(v.correct("decmbre")).isEqualTo("decembre");
        assertThat(v.correct("ugrent")).isEqualTo("urgent");
    }

    @Test
    void leaves_short_known_and_far_words_alone() {
        Vocabulary v = of("budget", "merci");
        assertThat(v.correct("mrci")).isEqualTo("mrci");
        assertThat(v.correct("budget")).isEqualTo("budget");
        assertThat(v.correct("bouquet")).isEqualTo("bouquet");
    }

    @Test
    void a_missing_letter_beats_a_wrong_letter_and_a_tie_is_left_alone() {
        assertThat(of("presses", "prises").correct("preses")).isEqualTo("presses");
        assertThat(of("monday", "money").correct("monay")).isEqualTo("monday");
        assertThat(of("salut", "salue").correct("salux")).isEqualTo("salux");
    }
}
