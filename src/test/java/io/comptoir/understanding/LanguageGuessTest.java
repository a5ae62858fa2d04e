package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    @Test
    void guesses_the_language_from_its_common_words_french_on_a_tie() {
        assertThat(LanguageGuess.guess("we can spend up to €4,000 for the site")).isEqualTo(Language.EN);
        assertThat(LanguageGuess.guess("on a un budget de 4000 € pour le site")).isEqualTo(Language.FR);
        assertThat(LanguageGuess.guess("4000")).isEqualTo(Language.FR);
        assertThat(LanguageGuess.guess("")).isEqualTo(Language.FR);
    }
}
