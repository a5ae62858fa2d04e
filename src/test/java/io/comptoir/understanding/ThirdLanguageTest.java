package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A language is a folder of resource files: the same grammar code reads a minimal Spanish pack
 * (src/test/resources/lang/es/understanding). Only the shared Language enum would need its constant.
 */
class ThirdLanguageTest {
    private static final LanguagePack ES = LanguagePack.load("es");
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();
    private static final LocalDate NOW = LocalDate.of(2026, 11, 23);

    private static Analysis es(String text) { return U.analyzeWith(ES, text, NOW, "ES", Language.FR); }

    @Test
    void spanish_money_dates_headcount_and_signals_come_from_resource_files_only() {
        Analysis a = es("Hola, somos un equipo de 12 personas, presupuesto de cinco mil euros como máximo, "
                + "para finales de marzo, es urgente");
        assertThat(a.all(Entity.Headcount.class)).extracting(Entity.Headcount::value).containsExactly(12);
        Entity.Money m = a.first(Entity.Money.class).orElseThrow();
        assertThat(m.max()).isEqualByComparingTo("5000");
        assertThat(m.currency()).isEqualTo("EUR");
        assertThat(a.all(Entity.Date.class)).extracting(Entity.Date::value).containsExactly(LocalDate.of(2027, 3, 31));
        assertThat(a.signals()).contains(Signal.GREETING, Signal.URGENT);
    }

    @Test
    void spanish_negation_and_relative_dates_work_too() {
        assertThat(es("no es urgente").signals()).doesNotContain(Signal.URGENT);
        assertThat(es("el miércoles que viene").all(Entity.Date.class)).extracting(Entity.Date::value)
                .containsExactly(LocalDate.of(2026, 12, 2));
        assertThat(es("en dos semanas").all(Entity.Date.class)).extracting(Entity.Date::value)
                .containsExactly(LocalDate.of(2026, 12, 7));
    }
}
