package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of headcounts, e-mails and phones. */
class HeadcountAndContactTest {
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();

    private static Analysis read(String lang, String text) {
        return U.analyze(text, UnderstandingContext.of(Language.fromCode(lang).orElseThrow(), LocalDate.of(2026, 11, 23)));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | on est 12                               | 12",
            "fr | une boîte de 45 personnes               | 45",
            "fr | 8 salariés                              | 8",
            "fr | une douzaine de personnes               | 12",
            "fr | nous sommes une équipe de 25 personnes  | 25",
            "fr | la société compte 300 employés          | 300",
            "fr | je travaille seul                       | 1",
            "en | a team of 30                            | 30",
            "en | we have about 40 employees              | 40",
            "en | sorry, I meant 50 people                | 50",
            "en | a dozen people                          | 12",
    })
    void reads_the_size_of_the_company_or_team(String lang, String text, int expected) {
        assertThat(read(lang, text).all(Entity.Headcount.class)).extracting(Entity.Headcount::value).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | on a 2 enfants",
            "fr | je suis seul à décider",
            "fr | 3 pages",
            "en | we sell 500 products",
    })
    void other_counts_are_not_headcounts(String lang, String text) {
        assertThat(read(lang, text).all(Entity.Headcount.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | 06 12 34 56 78               | +33612345678",
            "fr | mon portable : 06.45.78.12.90 | +33645781290",
            "fr | +33 (0)6 45 78 12 90          | +33645781290",
            "fr | 0033 6 12 34 56 78           | +33612345678",
            "en | (415) 555-0132               | +14155550132",
            "en | my phone is 212-555-0199     | +12125550199",
    })
    void phones_are_normalised_to_e164_with_the_languages_region(String lang, String text, String e164) {
        assertThat(read(lang, text).all(Entity.Phone.class)).extracting(Entity.Phone::value).containsExactly(e164);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr | écrivez-moi à Jean.Dupont@Gmail.com. | jean.dupont@gmail.com",
            "en | reach me at tom@acme.io              | tom@acme.io",
    })
    void emails_are_lower_cased(String lang, String text, String email) {
        assertThat(read(lang, text).all(Entity.Email.class)).extracting(Entity.Email::value).containsExactly(email);
    }
}
