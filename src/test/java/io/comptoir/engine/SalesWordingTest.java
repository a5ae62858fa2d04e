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
}
