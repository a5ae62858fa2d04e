package io.comptoir.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.note.CrmNote;
import io.comptoir.note.CrmNotes;
import io.comptoir.wire.ComptoirEngines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Conversations with the real example bots, checked for what a salesperson would read: replies and notes. */
class SalesWordingTest {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Map<String, BotDefinition> BOTS = new ConcurrentHashMap<>();
    static final String[] IDEAL = {"Bonjour, je voudrais une boutique en ligne pour vendre mes céramiques",
            "autour de 8000 euros", "sous 2 mois", "on est 3", "oui c est moi qui decide", "marie.dupont@gmail.com"};

    static List<TurnResult> play(String bot, String... messages) {
        ConversationEngine engine = ComptoirEngines.create(bot(bot));
        List<TurnResult> out = new ArrayList<>();
        TurnResult r = engine.start("c-1", T0);
        out.add(r);
        Instant at = T0;
        for (String m : messages) {
            at = at.plusSeconds(60);
            r = engine.handle(r.state(), new UserTurn(m, at));
            out.add(r);
        }
        return out;
    }

    static BotDefinition bot(String id) { return BOTS.computeIfAbsent(id, Bots::load); }

    static CrmNote note(String bot, List<TurnResult> turns) {
        ConversationState s = turns.get(turns.size() - 1).state();
        if (!s.ended()) {
            s = ComptoirEngines.create(bot(bot)).close(s, EndReason.ABANDONED, s.lastAt().plusSeconds(60)).state();
        }
        return CrmNotes.of(bot(bot), s);
    }

    static String reply(TurnResult r) {
        return String.join("\n", r.messages().stream().map(BotMessage::text).toList());
    }

    static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(IDEAL, IDEAL.length + more.length);
        System.arraycopy(more, 0, all, IDEAL.length, more.length);
        return all;
    }

    @Test
    void a_goodbye_when_the_name_is_asked_is_not_a_name_and_keeps_the_appointment_with_the_email_given() {
        List<TurnResult> t = play("agence-web", with("merci au revoir"));
        TurnResult last = t.get(t.size() - 1);
        assertThat(last.state().ended()).isTrue();
        assertThat(last.state().contact().name()).isNull();
        assertThat(last.state().cta().status()).isEqualTo("accepted");
        assertThat(last.state().cta().details()).containsEntry("email", "marie.dupont@gmail.com").doesNotContainKey("name");
        assertThat(reply(last)).contains("marie.dupont@gmail.com");
    }

    @Test
    void a_name_given_with_thanks_keeps_only_the_name_and_a_sentence_is_asked_again() {
        assertThat(play("agence-web", with("Marie Dupont, merci")).get(IDEAL.length + 1).state().contact().name())
                .isEqualTo("Marie Dupont");
        TurnResult refused = play("agence-web", with("je préfère pas")).get(IDEAL.length + 1);
        assertThat(refused.state().contact().name()).isNull();
        assertThat(refused.state().ended()).isFalse();
    }

    @Test
    void the_out_of_scope_reply_reads_correctly_whatever_the_offer_starts_with() {
        for (io.comptoir.understanding.Language lang : List.of(io.comptoir.understanding.Language.FR, io.comptoir.understanding.Language.EN)) {
            Texts t = Texts.of(lang);
            for (String key : List.of("out_of_scope", "injection")) {
                for (int i = 0; i < t.list(key).size(); i++) {
                    for (String offer : List.of("le choix d'un vélo", "les essais", "la création de sites", "questions about Taskly")) {
                        assertThat(t.pick(key, i, "offer", offer)).doesNotContain(" de le ", " de les ", " à le ", " à les ");
                    }
                }
            }
        }
    }

    @Test
    void an_answer_inlined_after_an_introduction_never_starts_with_a_capital_after_a_colon() {
        for (io.comptoir.understanding.Language lang : List.of(io.comptoir.understanding.Language.FR, io.comptoir.understanding.Language.EN)) {
            Texts t = Texts.of(lang);
            for (String key : List.of("info_intro", "support_intro", "resume")) {
                assertThat(t.list(key)).allSatisfy(v -> assertThat(v.strip()).doesNotEndWith(":"));
            }
        }
        String answer = reply(play("agence-web", IDEAL).get(5));
        assertThat(answer).doesNotContainPattern(":\\s+\\p{Lu}\\p{Ll}");
    }

    @Test
    void the_note_summary_names_questions_with_the_team_labels_and_reads_like_a_salesperson_wrote_it() {
        CrmNote note = note("agence-web", play("agence-web", with("Marie Dupont")));
        assertThat(note.summary()).startsWith("Marie Dupont — demande : boutique en ligne")
                .contains("Budget : 8 000 €", "échéance : le 23 janvier 2027", "taille de l'équipe : 3 personnes",
                        "lead qualifié (SQL", "rendez-vous accepté")
                .doesNotContain("company_size", "deadline", " = ", "decision");
        assertThat(note.summary().split("(?<=[.!?»]) (?=\\p{Lu})")).hasSizeBetween(2, 5);
    }

    @Test
    void an_english_note_summary_uses_english_quotes_and_labels() {
        CrmNote note = note("helpdesk-saas", play("helpdesk-saas", "I can't log in, the password reset email never arrives",
                "it's blocking the whole team", "Business"));
        assertThat(note.summary()).doesNotContain("«", "»", " = ", "_");
    }

    @Test
    void a_service_bot_recommends_the_offer_asked_for_with_the_clients_reasons() {
        CrmNote note = note("agence-web", play("agence-web", IDEAL));
        assertThat(note.recommendation()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("ecommerce");
            assertThat(r.name()).isEqualTo("Boutique en ligne");
            assertThat(r.reason()).contains("céramiques", "8 000 €").isNotEqualTo("faq");
        });
    }

    @Test
    void a_question_without_a_label_is_named_by_its_readable_id() {
        io.comptoir.bot.Question q = new io.comptoir.bot.Question("company_size", List.of("a ?", "b ?"),
                io.comptoir.bot.SlotType.HEADCOUNT, List.of(), true, null, List.of(), null, null);
        assertThat(q.title()).isEqualTo("Company size");
        assertThat(bot("agence-web").question("company_size").orElseThrow().title()).isEqualTo("Taille de l'équipe");
    }

    @Test
    void a_bare_range_in_reply_to_the_budget_question_fills_the_budget_in_euros() {
        for (String range : List.of("3000 à 5000", "entre 3000 et 5000", "3 à 5k", "de 3 000 à 5 000")) {
            TurnResult r = play("agence-web", "je voudrais une boutique en ligne", range).get(2);
            Answer.Money m = (Answer.Money) r.state().answer("budget").orElseThrow();
            assertThat(m.money().min()).as(range).isEqualByComparingTo("3000");
            assertThat(m.money().max()).as(range).isEqualByComparingTo("5000");
            assertThat(m.money().currency()).isEqualTo("EUR");
            assertThat(reply(r)).contains("entre 3 000 € et 5 000 €").doesNotContain("pas toujours évident");
        }
    }

    @Test
    void a_hesitant_figure_still_fills_the_budget_and_a_later_change_is_kept_in_the_note() {
        List<TurnResult> t = play("agence-web", "je voudrais une boutique en ligne", "jsp trop",
                "bof, peut-être 5000", "finalement plutôt 8000 euros");
        Answer.Money first = (Answer.Money) t.get(3).state().answer("budget").orElseThrow();
        assertThat(first.money().amount()).isEqualByComparingTo("5000");
        CrmNote n = note("agence-web", t);
        assertThat(n.flags()).contains("hesitant", "changed_mind");
        assertThat(n.changes()).anySatisfy(c -> assertThat(c.toString()).contains("budget"));
        assertThat(((Answer.Money) t.get(4).state().answer("budget").orElseThrow()).money().amount())
                .isEqualByComparingTo("8000");
    }

    @Test
    void a_team_of_one_is_one_person_not_one_persons() {
        TurnResult r = play("agence-web", "je voudrais un site vitrine", "3000 euros", "dans 2 mois", "je suis seul").get(4);
        assertThat(reply(r)).contains("1 personne").doesNotContain("1 personnes");
    }

    @Test
    void an_off_type_detail_is_thanked_not_reassured_before_the_question_is_asked_again() {
        String r = reply(play("boutique-velo", "un vélo électrique pour aller au travail", "autour de 2500 euros",
                "livraison à domicile si possible").get(3));
        assertThat(r).startsWith("Merci").doesNotContain("prenons le temps", "pas toujours évident");
    }
}
