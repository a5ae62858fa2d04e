package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of the money grammar: amount | min | max | currency | period ("-" for none). */
class MoneyGrammarTest {
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();

    private static List<Entity.Money> money(String lang, String text) {
        Language l = Language.fromCode(lang).orElseThrow();
        return U.analyze(text, UnderstandingContext.of(l, LocalDate.of(2026, 11, 23))).all(Entity.Money.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | 5k€ max                       | -     | -    | 5000  | EUR | -",
            "fr | 1\u202F200 €                   | 1200  | -    | -     | EUR | -",
            "fr | 1\u00A0200 euros               | 1200  | -    | -     | EUR | -",
            "fr | 1.200 euros                    | 1200  | -    | -     | EUR | -",
            "fr | 1,5k€                          | 1500  | -    | -     | EUR | -",
            "fr | cinq mille euros               | 5000  | -    | -     | EUR | -",
            "fr | deux mille cinq cents euros    | 2500  | -    | -     | EUR | -",
            "fr | douze mille balles             | 12000 | -    | -     | EUR | -",
            "fr | entre 3 et 4 000 € HT          | -     | 3000 | 4000  | EUR | -",
            "fr | de 500 à 900 € par mois        | -     | 500  | 900   | EUR | month",
            "fr | pas plus de 2000 €             | -     | -    | 2000  | EUR | -",
            "fr | jusqu'à 10 000 €               | -     | -    | 10000 | EUR | -",
            "fr | au moins 3000 euros            | -     | 3000 | -     | EUR | -",
            "fr | moins de 500 € par mois        | -     | -    | 500   | EUR | month",
            "fr | un budget de 1,2 M€            | 1200000 | -  | -     | EUR | -",
            "fr | 300 balles                     | 300   | -    | -     | EUR | -",
            "fr | 12 000 € par an                | 12000 | -    | -     | EUR | year",
            "fr | budget autour de 6k            | 6000  | -    | -     | -   | -",
            "fr | mon budjet c'est 4000          | 4000  | -    | -     | -   | -",
            "en | $5,000                         | 5000  | -    | -     | USD | -",
            "en | five thousand dollars          | 5000  | -    | -     | USD | -",
            "en | a dozen dollars                | 12    | -    | -     | USD | -",
            "en | up to €4,000                   | -     | -    | 4000  | EUR | -",
            "en | $200-300 per month             | -     | 200  | 300   | USD | month",
            "en | at least £1,500                | -     | 1500 | -     | GBP | -",
            "en | between $2k and $3k            | -     | 2000 | 3000  | USD | -",
    })
    void reads_amounts_bounds_ranges_currencies_and_periods(String lang, String text, String amount, String min,
                                                            String max, String currency, String period) {
        List<Entity.Money> found = money(lang, text);
        assertThat(found).hasSize(1);
        Entity.Money m = found.get(0);
        assertThat(m.amount()).isEqualTo(number(amount) == null ? null : m.amount()).satisfies(a -> same(a, amount));
        same(m.min(), min);
        same(m.max(), max);
        assertThat(m.currency()).isEqualTo("-".equals(currency) ? null : currency);
        assertThat(m.period() == null ? "-" : m.period().name().toLowerCase()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | on a 2 enfants",
            "fr | j'habite au 12 rue des Lilas",
            "fr | rendez-vous à 14h",
            "fr | on existe depuis 2015",
            "fr | le 20 décembre",
            "fr | on est 12",
            "en | we have two kids",
            "en | I live at 221 Baker Street",
            "en | let's meet at 3pm",
    })
    void a_number_without_currency_or_budget_context_is_not_money(String lang, String text) {
        assertThat(money(lang, text)).isEmpty();
    }

    private static BigDecimal number(String s) { return "-".equals(s) ? null : new BigDecimal(s); }

    private static void same(BigDecimal actual, String expected) {
        if ("-".equals(expected)) assertThat(actual).isNull();
        else assertThat(actual).isEqualByComparingTo(expected);
    }
}
