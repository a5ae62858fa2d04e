package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Signals respect negation and context. */
class SignalNegationTest {
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();

    private static Analysis fr(String text) { return U.analyze(text, UnderstandingContext.of(Language.FR, LocalDate.of(2026, 11, 23))); }

    private static Analysis en(String text) { return U.analyze(text, UnderstandingContext.of(Language.EN, LocalDate.of(2026, 11, 23))); }

    @Test
    void pas_presse_is_not_urgent() {
        assertThat(fr("on n'est pas pressés").signals()).doesNotContain(Signal.URGENT);
        assertThat(fr("pas presse du tout").signals()).doesNotContain(Signal.URGENT);
        assertThat(fr("c'est pressé").signals()).contains(Signal.URGENT);
    }

    @Test
    void pas_le_moment_is_a_timing_objection_not_urgency() {
        assertThat(fr("ce n'est pas le moment").signals()).contains(Signal.OBJECTION_TIMING).doesNotContain(Signal.URGENT);
        assertThat(fr("ce n'est pas une priorité pour le moment").signals())
                .contains(Signal.OBJECTION_TIMING).doesNotContain(Signal.URGENT);
    }

    @Test
    void a_negated_decision_maker_is_not_the_decision_maker() {
        assertThat(fr("Je suis pas le décideur").signals()).contains(Signal.NOT_DECISION_MAKER).doesNotContain(Signal.DECISION_MAKER);
        assertThat(fr("je ne suis pas la gérante").signals()).contains(Signal.NOT_DECISION_MAKER).doesNotContain(Signal.DECISION_MAKER);
        assertThat(en("I'm not the decision maker").signals()).contains(Signal.NOT_DECISION_MAKER).doesNotContain(Signal.DECISION_MAKER);
    }

    @Test
    void a_negated_agreement_is_a_refusal() {
        assertThat(fr("pas d'accord").signals()).contains(Signal.DENY).doesNotContain(Signal.AFFIRM);
        assertThat(en("I don't agree").signals()).contains(Signal.DENY).doesNotContain(Signal.AFFIRM);
    }

    @Test
    void not_expensive_is_no_price_objection() {
        assertThat(fr("c'est pas cher").signals()).doesNotContain(Signal.OBJECTION_PRICE);
        assertThat(fr("c trop cher").signals()).contains(Signal.OBJECTION_PRICE);
        assertThat(en("it's not expensive").signals()).doesNotContain(Signal.OBJECTION_PRICE);
    }

    @Test
    void no_rush_is_not_urgent_but_asap_is() {
        assertThat(en("no rush").signals()).doesNotContain(Signal.URGENT);
        assertThat(en("asap pls").signals()).contains(Signal.URGENT);
    }

    @Test
    void sms_and_typos_are_understood() {
        assertThat(fr("jsp").signals()).contains(Signal.HESITATION);
        assertThat(fr("c urgnt stp").signals()).contains(Signal.URGENT);
        assertThat(fr("budjet 5000").all(Entity.Money.class)).hasSize(1);
    }
}
