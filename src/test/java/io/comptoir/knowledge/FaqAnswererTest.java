package io.comptoir.knowledge;

import static io.comptoir.knowledge.TestBots.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.FaqEntry;
import io.comptoir.understanding.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqAnswererTest {
    static final List<FaqEntry> FAQ = List.of(
            entry("facture", "Où trouver mes factures ?", List.of("Télécharger une facture"), List.of("facturation"),
                    "Vos factures sont dans Paramètres > Facturation."),
            entry("abonnement", "Comment changer mon abonnement ?", List.of("Passer à l'offre annuelle"),
                    List.of("abonnement"), "Dans Paramètres > Offre, choisissez la nouvelle formule."),
            entry("prix-vitrine", "Combien coûte un site vitrine ?", List.of(), List.of("prix", "vitrine"),
                    "Un site vitrine démarre à 2 500 € HT."),
            entry("delais", "Quels sont les délais de création ?", List.of(), List.of("délais"),
                    "Comptez 4 à 6 semaines."));
    static final List<List<String>> SYNONYMS = List.of(List.of("site vitrine", "site web", "site internet"),
            List.of("prix", "tarif", "coût"));

    final KnowledgeBase kb = KnowledgeBase.build(TestBots.faqBot(Language.FR, "sites web", FAQ, SYNONYMS));

    @Test
    void answers_a_paraphrase_written_with_other_words_accents_and_sms() {
        FaqResult r = kb.faq().ask("cb pour un site internet ?");
        assertThat(r).isInstanceOf(FaqResult.Answered.class);
        assertThat(((FaqResult.Answered) r).entry().id()).isEqualTo("prix-vitrine");
        assertThat(kb.faq().ask("delai de creation")).isInstanceOfSatisfying(FaqResult.Answered.class,
                a -> assertThat(a.entry().id()).isEqualTo("delais"));
    }

    @Test
    void repairs_a_typo_against_the_bots_own_words() {
        assertThat(kb.faq().ask("ou sont mes facturse ?")).isInstanceOfSatisfying(FaqResult.Answered.class,
                a -> assertThat(a.entry().id()).isEqualTo("facture"));
    }

    @Test
    void asks_which_one_the_client_means_when_two_entries_are_as_close() {
        KnowledgeBase close = KnowledgeBase.build(TestBots.faqBot(Language.FR, "logiciel", List.of(
                entry("facture", "Question sur mon compte client", List.of(), List.of("facturation"), "A."),
                entry("abonnement", "Question sur mon compte client", List.of(), List.of("abonnement"), "B.")),
                List.of()));
        FaqResult r = close.faq().ask("une question sur mon compte");
        assertThat(r).isInstanceOfSatisfying(FaqResult.Clarify.class, c ->
                assertThat(c.question()).isIn("Vous parlez de facturation ou d'abonnement ?",
                        "Vous parlez d'abonnement ou de facturation ?"));
    }

    @Test
    void the_clients_own_word_tells_apart_entries_that_the_synonyms_made_alike() {
        // the author grouped the two services as synonyms (good for the intake), yet each has its own price entry
        KnowledgeBase kb = KnowledgeBase.build(TestBots.faqBot(Language.FR, "pressing", List.of(
                entry("prix-nettoyage", "Combien coûte un nettoyage à sec ?", List.of("Tarif du nettoyage"), List.of("prix", "nettoyage"), "12 €."),
                entry("prix-repassage", "Combien coûte un repassage ?", List.of("Tarif du repassage"), List.of("prix", "repassage"), "4 €.")),
                List.of(List.of("nettoyage", "repassage", "entretien du linge"))));
        assertThat(kb.faq().ask("quel est le tarif pour le repassage d'une chemise ?")).isInstanceOfSatisfying(FaqResult.Answered.class,
                a -> assertThat(a.entry().id()).isEqualTo("prix-repassage"));
        assertThat(kb.faq().ask("et pour un nettoyage, c'est combien ?")).isInstanceOfSatisfying(FaqResult.Answered.class,
                a -> assertThat(a.entry().id()).isEqualTo("prix-nettoyage"));
    }

    @Test
    void says_it_does_not_know_rather_than_guessing() {
        FaqResult r = kb.faq().ask("quelle est la recette du gâteau au chocolat ?");
        assertThat(r).isInstanceOf(FaqResult.NotFound.class);
        assertThat(kb.clientText(r)).contains("transmettre votre question");
    }

    @Test
    void scores_are_normalised_and_alternatives_are_ranked() {
        FaqResult r = kb.faq().ask("combien coûte un site vitrine ?");
        assertThat(r.score()).isBetween(0.5, 1.0);
        assertThat(r.alternatives()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void an_empty_faq_never_answers() {
        KnowledgeBase empty = KnowledgeBase.build(TestBots.faqBot(Language.EN, "nothing", List.of(), List.of()));
        assertThat(empty.faq().ask("how much is it?")).isInstanceOf(FaqResult.NotFound.class);
    }

    @Test
    void a_ten_kilobyte_question_gets_a_graceful_result() {
        String huge = "combien coûte un site vitrine ? ".repeat(320) + "\u0000\u0007";
        assertThat(huge.length()).isGreaterThan(10_000);
        FaqResult r = kb.faq().ask(huge);
        assertThat(r).isInstanceOf(FaqResult.Answered.class);
        assertThat(kb.scope().inScope(huge, null)).isTrue();
        assertThat(kb.faq().ask("")).isInstanceOf(FaqResult.NotFound.class);
        assertThat(kb.faq().ask("🙂🙂🙂")).isInstanceOf(FaqResult.NotFound.class);
    }

    @Test
    void the_same_question_always_gets_the_same_result() {
        assertThat(kb.faq().ask("tarif site web")).isEqualTo(kb.faq().ask("tarif site web"));
    }
}
