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

    private static List<Entity.Date> dates(String lang, String text) {
        Language l = Language.fromCode(lang).orElseThrow();
        return U.analyze(text, UnderstandingContext.of(l, LocalDate.of(2026, 11, 23))).all(Entity.Date.class);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the next such day of a month on that weekday: Tuesday 2026-12-08, Friday 2027-01-01, Monday today
            "fr | on se cale mercredi 9 ?             | 2026-12-09",
            "fr | rendez-vous le vendredi 1er         | 2027-01-01",
            "fr | dispo lundi 23 dans l'après-midi    | 2026-11-23",
            "fr | plutôt samedi 12 à 10h              | 2026-12-12",
            "en | could we do Wednesday the 9th       | 2026-12-09",
            "en | Friday 1st works                    | 2027-01-01",
            // no day of that month falls on that weekday within a year: the next such day of a month
            "fr | jeudi 31                            | 2026-12-31",
            // a day in the past after "depuis"
            "fr | en panne depuis le mardi 17         | 2026-11-17",
    })
    void a_weekday_with_a_number_is_that_day_of_the_month(String lang, String text, String expected) {
        assertThat(dates(lang, text)).extracting(Entity.Date::value).containsExactly(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | mardi 9h",
            "fr | jeudi 14:30",
            "en | Thursday 9:15",
            "en | Monday 10 am",
    })
    void a_weekday_with_an_hour_keeps_the_next_weekday(String lang, String text) {
        assertThat(dates(lang, text)).hasSize(1);
        assertThat(dates(lang, text).get(0).value().getDayOfMonth()).isNotIn(9, 14, 10);
    }

    @org.junit.jupiter.api.Test
    void dates_named_after_a_change_of_mind_keep_the_order_of_the_text() {
        assertThat(dates("fr", "lundi ça coince, disons plutôt le jeudi 10"))
                .extracting(Entity.Date::value)
                .containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 10));
        assertThat(dates("en", "not Friday, rather Thursday the 10th"))
                .extracting(Entity.Date::value)
                .containsExactly(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 10));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | il nous le faut à la fin du mois d'avril   | 2027-04-30",
            "fr | pour la fin du mois de janvier            | 2027-01-31",
            "fr | vers fin juin                             | 2027-06-30",
            "fr | au début du mois de mai                   | 2027-05-01",
            "en | by the end of April                       | 2027-04-30",
            "en | at the end of June                        | 2027-06-30",
            "en | early May                                 | 2027-05-01",
    })
    void the_end_or_start_of_a_named_month_is_its_last_or_first_day(String lang, String text, String expected) {
        assertThat(dates(lang, text)).extracting(Entity.Date::value).containsExactly(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | il me faut des gants hiver",
            "fr | la collection printemps est sortie ?",
            "fr | des chaussures d'hiver pour enfant",
            "en | do you stock summer dresses",
            "en | a good spring cleaning",
            "en | winter boots in size 42",
    })
    void a_season_naming_a_kind_of_thing_is_no_date(String lang, String text) {
        assertThat(dates(lang, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | on ouvre au printemps      | 2027-03-20",
            "fr | on voudrait ça en automne   | 2027-09-22",
            "fr | d'ici l'hiver              | 2026-12-21",
            "en | we open in spring          | 2027-03-20",
            "en | sometime next autumn       | 2027-09-22",
            "en | before winter              | 2026-12-20",
    })
    void a_season_as_a_time_is_a_date(String lang, String text, String expected) {
        assertThat(dates(lang, text)).extracting(Entity.Date::value).containsExactly(LocalDate.parse(expected));
    }
}
