package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of the date grammar, relative to Monday 2026-11-23. */
class DateGrammarTest {
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | sous 2 semaines          | 2026-12-07",
            "fr | dans 2 semaines          | 2026-12-07",
            "fr | dans un mois             | 2026-12-23",
            "fr | dans quinze jours        | 2026-12-08",
            "fr | fin mars                 | 2027-03-31",
            "fr | d'ici fin février        | 2027-02-28",
            "fr | fin novembre             | 2026-11-30",
            "fr | le 12/02                 | 2027-02-12",
            "fr | vendredi                 | 2026-11-27",
            "fr | lundi                    | 2026-11-30",
            "fr | lundi prochain           | 2026-11-30",
            "fr | mercredi prochain        | 2026-12-02",
            "fr | demain                   | 2026-11-24",
            "fr | après-demain             | 2026-11-25",
            "fr | apres demain             | 2026-11-25",
            "fr | avant Noël               | 2026-12-24",
            "fr | le 3 décembre à 14h      | 2026-12-03",
            "fr | le 20 decembre           | 2026-12-20",
            "fr | le 10 novembre           | 2027-11-10",
            "fr | le 1er mars              | 2027-03-01",
            "fr | avant l'été              | 2027-06-20",
            "en | within two weeks         | 2026-12-07",
            "en | in three days            | 2026-11-26",
            "en | by the end of January    | 2027-01-31",
            "en | Friday                   | 2026-11-27",
            "en | next Wednesday           | 2026-12-02",
            "en | tomorrow                 | 2026-11-24",
            "en | December 15th            | 2026-12-15",
            "en | 12/02                    | 2026-12-02",
            "en | before Christmas         | 2026-12-24",
            "fr | ce week-end              | 2026-11-28",
            "fr | le week-end prochain     | 2026-11-28",
            "en | this weekend             | 2026-11-28",
    })
    void reads_the_day_meant(String lang, String text, String expected) {
        Language l = Language.fromCode(lang).orElseThrow();
        List<Entity.Date> dates = U.analyze(text, UnderstandingContext.of(l, LocalDate.of(2026, 11, 23)))
                .all(Entity.Date.class);
        assertThat(dates).extracting(Entity.Date::value).containsExactly(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | j'ai été arnaqué",
            "fr | on a 2 enfants",
            "en | we may need help",
            "en | prices fall quickly",
            "fr | pour faire de la montagne le week-end",
            "fr | je roule le matin",
            "fr | je roule le soir",
            "fr | je le prends tous les jours",
            "fr | on sort chaque semaine",
            "en | I ride on weekends",
            "en | I ride it every day",
            "en | mostly at the weekend",
    })
    void ordinary_words_and_habits_are_not_dates(String lang, String text) {
        Language l = Language.fromCode(lang).orElseThrow();
        assertThat(U.analyze(text, UnderstandingContext.of(l, LocalDate.of(2026, 11, 23))).all(Entity.Date.class)).isEmpty();
    }
}
