package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Self-corrections, who decides, objections that are not objections, and complaints, in French and English. */
class SignalCueTest {
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();

    private static Set<Signal> signals(String lang, String text) {
        return U.analyze(text, UnderstandingContext.of(Language.fromCode(lang).orElseThrow(), LocalDate.of(2026, 11, 23))).signals();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | ah non en fait la formule pro plutot la basique",
            "fr | plutôt le 14 si possible",
            "fr | finalement on prendra la version simple",
            "fr | non pardon, le vert",
            "fr | enfin non, jeudi",
            "fr | je voulais dire la semaine prochaine",
            "en | oh sorry I meant the green one",
            "en | Thursday instead",
            "en | 12 actually",
            "en | rather Friday",
            "en | I meant next month",
    })
    void self_corrections_are_read_without_a_no(String lang, String text) {
        assertThat(signals(lang, text)).contains(Signal.CORRECTION);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | c'est plutôt cher pour nous",
            "fr | je préfère plutôt un site simple",
            "en | I would rather keep it simple",
    })
    void a_preference_is_no_correction(String lang, String text) {
        assertThat(signals(lang, text)).doesNotContain(Signal.CORRECTION);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "fr | je dois voir avec ma cogérante d'abord      | true",
            "fr | il faut que je voie avec le DAF             | true",
            "fr | je dois voir avec mes disponibilités        | false",
            "fr | je dois voir avec le budget de l'an dernier | false",
            "fr | je dois demander un délai de livraison      | false",
            "en | I need to check with our CFO                | true",
            "en | let me check with my business partner       | true",
            "en | I need to check with my calendar            | false",
            "en | I need to ask a few questions first         | false",
    })
    void checking_with_a_person_is_not_deciding_alone(String lang, String text, boolean expected) {
        assertThat(signals(lang, text).contains(Signal.NOT_DECISION_MAKER)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | c'est moi qui tranche pour le logiciel de paie",
            "en | I make the call on our accounting tools",
            "en | I'm the one making the call here",
    })
    void deciding_is_no_objection(String lang, String text) {
        assertThat(signals(lang, text)).contains(Signal.DECISION_MAKER)
                .doesNotContain(Signal.OBJECTION_TIMING, Signal.OBJECTION_TRUST, Signal.OBJECTION_COMPETITOR);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | il faut que ce soit prêt avant notre clôture de juin",
            "fr | livraison au plus tard le 20",
            "fr | on ouvre la boutique dans quelques semaines",
            "fr | j'attends votre proposition",
            "fr | on peut déplacer le rendez-vous à vendredi ?",
            "fr | il faut afficher les avis clients sur nos fiches produit",
            "fr | je vous fais confiance pour le design",
            "en | we need it before our yearly review period in April",
            "en | I'll review the contract tonight",
            "en | later this afternoon works",
            "en | no later than the 15th",
            "en | we trust your team on this",
            "en | we want a reliable booking tool",
            "en | customers should be able to leave reviews",
            "en | we plan to go live next quarter",
            "en | our busy season starts in May",
    })
    void dates_plans_and_product_words_are_not_objections(String lang, String text) {
        assertThat(signals(lang, text)).doesNotContain(Signal.OBJECTION_TIMING, Signal.OBJECTION_TRUST);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | plus tard peut-être",
            "fr | rappelez-moi dans quelques mois",
            "en | maybe next quarter",
            "en | how do I know you are legit?",
    })
    void real_objections_stay(String lang, String text) {
        assertThat(signals(lang, text)).containsAnyOf(Signal.OBJECTION_TIMING, Signal.OBJECTION_TRUST);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | trois semaines sans livraison, c'est scandaleux",
            "fr | franchement c'est inacceptable",
            "fr | j'en ai vraiment marre de vos retards",
            "fr | je suis furieuse",
            "fr | très déçu du service après-vente",
            "fr | personne ne nous a rappelés depuis lundi",
            "fr | toujours pas de nouvelles de ma commande",
            "fr | ras-le-bol de ces bugs",
            "fr | ça fait deux semaines que j'attends !!!",
            "en | this is totally unacceptable",
            "en | honestly this is a joke",
            "en | I'm fed up with these delays",
            "en | no one has called me back",
            "en | still no reply from your team",
            "en | awful customer service",
            "en | I've been waiting since Monday!!!",
    })
    void angry_clients_complain(String lang, String text) {
        assertThat(signals(lang, text)).contains(Signal.COMPLAINT);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | je ne suis pas déçu du tout",
            "fr | ce n'est pas scandaleux comme prix",
            "fr | merci beaucoup !!!",
            "fr | j'attends votre devis",
            "en | I'm not disappointed",
            "en | great, thanks!!!",
            "en | I've been waiting for this feature",
            "en | URGENT please call me",
    })
    void calm_or_negated_words_are_no_complaint(String lang, String text) {
        assertThat(signals(lang, text)).doesNotContain(Signal.COMPLAINT);
    }
}
