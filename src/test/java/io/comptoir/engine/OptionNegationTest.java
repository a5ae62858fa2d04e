package io.comptoir.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.match.LuceneTextMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Option matching reads a negation in front of an option as ruling it out, and nothing else as one. */
class OptionNegationTest {
    private static Question question(Question.ChoiceOption... options) {
        return new Question("kind", List.of("?"), SlotType.CHOICE, List.of(options), true, null, List.of(), null, null);
    }

    private static List<String> named(Language lang, Question q, String text) {
        String currency = Texts.of(lang).list("default_currency").get(0);
        return new SlotReader(new LuceneTextMatcher(), lang, currency).options(q, text).stream().map(Answer.Choice::id).toList();
    }

    private final Question fr = question(
            new Question.ChoiceOption("livraison", "Livraison", List.of("livrer", "à domicile")),
            new Question.ChoiceOption("retrait", "Retrait en magasin", List.of("retrait", "click and collect")));
    private final Question en = question(
            new Question.ChoiceOption("monthly", "Monthly plan", List.of("monthly", "per month")),
            new Question.ChoiceOption("yearly", "Yearly plan", List.of("yearly", "annual")));

    @Test
    void a_french_negation_before_an_option_rules_it_out() {
        assertThat(named(Language.FR, fr, "pas besoin de livraison, je passerai pour le retrait")).containsExactly("retrait");
        assertThat(named(Language.FR, fr, "je ne veux pas de retrait, plutot une livraison")).containsExactly("livraison");
        assertThat(named(Language.FR, fr, "sans livraison svp")).isEmpty();
        assertThat(named(Language.FR, fr, "c'est pas la livraison qui m'intéresse, c'est le retrait")).containsExactly("retrait");
    }

    @Test
    void a_french_negation_about_something_else_rules_nothing_out() {
        assertThat(named(Language.FR, fr, "je n'ai pas trouvé le bouton, je voudrais la livraison")).containsExactly("livraison");
        assertThat(named(Language.FR, fr, "je ne me rappelle pas de la date du retrait")).containsExactly("retrait");
        assertThat(named(Language.FR, fr, "pas une livraison mais un retrait")).containsExactly("retrait");
    }

    @Test
    void an_english_negation_before_an_option_rules_it_out() {
        assertThat(named(Language.EN, en, "we don't need the monthly plan, annual is better")).containsExactly("yearly");
        assertThat(named(Language.EN, en, "not really monthly, yearly")).containsExactly("yearly");
        assertThat(named(Language.EN, en, "it's not the yearly plan I want")).isEmpty();
    }

    @Test
    void an_english_negation_about_something_else_rules_nothing_out() {
        assertThat(named(Language.EN, en, "I can't find the yearly plan on the page")).containsExactly("yearly");
        assertThat(named(Language.EN, en, "I don't remember my monthly plan price")).containsExactly("monthly");
    }
}
