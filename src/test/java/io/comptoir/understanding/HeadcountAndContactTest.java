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
            "fr | pour l'instant c'est juste moi             | 1",
            "fr | il n'y a que moi dans l'entreprise         | 1",
            "fr | moi seule, pour le moment                  | 1",
            "en | right now it's only me                     | 1",
            "en | just myself for now                        | 1",
            "fr | nous sommes 4 avec la stagiaire            | 4",
            "fr | on sera 6 en comptant le gérant            | 6",
            "en | we are 7 with the two founders             | 7",
            "en | there are 9 counting myself                | 9",
            "fr | on est 5, enfin 6 avec moi                 | 6",
            "fr | nous sommes 18... non pardon 21            | 21",
            "fr | une équipe de 10, plutôt 12 personnes      | 12",
            "en | we're 40, no wait, 45                      | 45",
            "en | a team of 12, or rather 14                 | 14",
            "en | we have 60 employees, sorry 65 actually    | 65",
    })
    void solo_companions_and_corrected_counts(String lang, String text, int expected) {
        assertThat(read(lang, text).all(Entity.Headcount.class)).extracting(Entity.Headcount::value).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | elle en sait plus que moi",
            "fr | on embauche 3 salariés par an",
            "fr | on reçoit 40 personnes chaque semaine",
            "fr | 20 clients par jour en moyenne",
            "en | is it just me or is the page slow",
            "en | we onboard 8 users per month",
            "en | about 30 visitors a day",
            "en | we add 3 staff every quarter",
    })
    void comparisons_and_counts_per_period_are_not_headcounts(String lang, String text) {
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
