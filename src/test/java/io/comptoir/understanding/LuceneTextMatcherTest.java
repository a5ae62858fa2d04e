package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.understanding.match.LanguageAnalyzers;
import io.comptoir.understanding.match.LuceneTextMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuceneTextMatcherTest {
    private final TextMatcher matcher = new LuceneTextMatcher();
    private final List<TextMatcher.Choice> needs = List.of(
            new TextMatcher.Choice("vitrine", List.of("Site vitrine", "site internet", "présenter mon activité")),
            new TextMatcher.Choice("ecommerce", List.of("Boutique en ligne", "e-commerce", "vendre en ligne")),
            new TextMatcher.Choice("seo", List.of("référencement")));

    @Test
    void finds_an_option_by_a_multi_word_synonym() {
        assertThat(matcher.match("je veux vendre en ligne", needs, Language.FR))
                .get().extracting(TextMatcher.Match::id).isEqualTo("ecommerce");
    }

    @Test
    void tolerates_words_between_accents_plurals_and_small_typos() {
        assertThat(matcher.match("je voudrais vendre mes produits en ligne", needs, Language.FR)).get()
                .extracting(TextMatcher.Match::id).isEqualTo("ecommerce");
        assertThat(matcher.match("des BOUTIQUES EN LIGNES", needs, Language.FR)).get()
                .extracting(TextMatcher.Match::id).isEqualTo("ecommerce");
        assertThat(matcher.match("du referencemant", needs, Language.FR)).get()
                .extracting(TextMatcher.Match::id).isEqualTo("seo");
    }

    @Test
    void quotes_the_words_it_matched() {
        assertThat(matcher.match("Un site vitrine, simple", needs, Language.FR)).get()
                .extracting(TextMatcher.Match::text).isEqualTo("site vitrine");
    }

    @Test
    void finds_nothing_in_unrelated_text() {
        assertThat(matcher.matchAll("la recette de la tarte tatin", needs, Language.FR)).isEmpty();
        assertThat(matcher.matchAll("", needs, Language.FR)).isEmpty();
    }

    @Test
    void matches_yes_and_no_in_english() {
        List<TextMatcher.Choice> yesNo = List.of(new TextMatcher.Choice("yes", List.of("yes", "yeah", "sure")),
                new TextMatcher.Choice("no", List.of("no", "nope")));
        assertThat(matcher.match("Yeah!", yesNo, Language.EN)).get().extracting(TextMatcher.Match::id).isEqualTo("yes");
    }

    @Test
    void the_normaliser_folds_elides_and_stems() {
        assertThat(LanguageAnalyzers.terms("L'Agence créée", Language.FR)).containsExactly("agenc", "cre");
    }
}
