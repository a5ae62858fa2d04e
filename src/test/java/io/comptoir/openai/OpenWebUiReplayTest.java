package io.comptoir.openai;

import static io.comptoir.openai.OpenWebUiShapes.history;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.Json;
import io.comptoir.http.TestServer;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.RealBots;
import io.comptoir.store.ConversationFilter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Open WebUI's real request shapes against a real server with the example bots: each reply, and the stored notes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenWebUiReplayTest {
    static final String MODEL = "comptoir-agence-web";
    static final String SITE = "Bonjour, je veux un site vitrine pour mon cabinet";
    TestServer s = new TestServer(new BotRegistry(RealBots.examples()), 0, null);

    @AfterAll
    void stop() { s.close(); }

    /** Sends the chat as Open WebUI would and returns the reply's text. */
    String say(String system, List<String> turns, String... headers) {
        var r = s.send("POST", "/v1/chat/completions", null, OpenWebUiShapes.chat(MODEL, false, system, turns), headers);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("choices").get(0).path("message").path("content").asText();
    }

    String say(List<String> turns, String... headers) { return say(null, turns, headers); }

    static List<String> plus(List<String> turns, String... more) {
        List<String> out = new ArrayList<>(turns);
        out.addAll(List.of(more));
        return out;
    }

    /** The stored note of the record of exactly these user messages. */
    JsonNode note(String userId, String chatId, String... users) {
        var key = HistoryConversations.key(new HistoryConversations.Scope("agence-web", userId, chatId), List.of(users));
        return Json.parse(s.service.findByExternalKey(key).orElseThrow().noteJson());
    }

    int budget(JsonNode note) { return note.path("answers").path("budget").path("amount").asInt(); }

    int storedTurnLines() {
        return s.service.store().list(ConversationFilter.all()).stream().mapToInt(r -> r.turnCount()).sum();
    }

    @Test
    void an_edited_budget_is_answered_from_the_edited_history_and_the_note_follows_it() {
        String[] chat = {"X-OpenWebUI-Chat-Id", "edit-budget"};
        String a1 = say(List.of(SITE), chat);
        assertThat(say(List.of(SITE, a1, "environ 3000 euros"), chat)).contains("3 000 €");
        String edited = say(List.of(SITE, a1, "non pardon, 9000 euros"), chat);

        assertThat(edited).contains("9 000 €").doesNotContain("3 000");
        assertThat(budget(note(null, "edit-budget", SITE, "non pardon, 9000 euros"))).isEqualTo(9000);
        assertThat(budget(note(null, "edit-budget", SITE, "environ 3000 euros"))).isEqualTo(3000);
    }

    @Test
    void a_regenerate_of_the_last_reply_returns_the_same_reply_and_stores_nothing_with_or_without_a_chat_id() {
        for (String[] headers : List.of(new String[] {"X-OpenWebUI-Chat-Id", "regen"}, new String[0])) {
            String a1 = say(List.of("Je voudrais une refonte de site"), headers);
            assertThat(say(List.of("Je voudrais une refonte de site"), headers)).isEqualTo(a1);
            List<String> turn2 = List.of("Je voudrais une refonte de site", a1, "autour de 5000 euros");
            String reply = say(turn2, headers);
            int lines = storedTurnLines();
            int conversations = s.service.store().list(ConversationFilter.all()).size();

            assertThat(say(turn2, headers)).isEqualTo(reply);
            assertThat(storedTurnLines()).isEqualTo(lines);
            assertThat(s.service.store().list(ConversationFilter.all())).hasSize(conversations);
        }
    }

    @Test
    void an_earlier_message_edited_then_the_edited_branch_continued_is_answered_and_noted_from_that_branch() {
        String[] chat = {"X-OpenWebUI-Chat-Id", "edit-first"};
        String a1 = say(List.of(SITE), chat);
        String a2 = say(List.of(SITE, a1, "environ 3000 euros"), chat);
        say(List.of(SITE, a1, "environ 3000 euros", a2, "dans deux mois"), chat);

        String b1 = say(List.of("Finalement je veux une boutique en ligne"), chat);
        String b2 = say(List.of("Finalement je veux une boutique en ligne", b1, "8000 euros"), chat);

        assertThat(b1).containsIgnoringCase("boutique en ligne");
        assertThat(b2).contains("8 000 €");
        JsonNode branch = note(null, "edit-first", "Finalement je veux une boutique en ligne", "8000 euros");
        assertThat(branch.path("answers").path("need").asText()).isEqualTo("ecommerce");
        assertThat(budget(branch)).isEqualTo(8000);
        assertThat(note(null, "edit-first", SITE, "environ 3000 euros", "dans deux mois").path("answers")
                .path("need").asText()).isEqualTo("vitrine");
    }

    @Test
    void two_temporary_chats_on_one_socket_and_two_users_with_the_same_first_message_keep_their_own_records() {
        String[] temp = {"X-OpenWebUI-Chat-Id", "local:socket-1"};
        String a = say(List.of(SITE), temp);
        String b = say(List.of(SITE), temp);
        assertThat(say(List.of(SITE, a, "3000 euros"), temp)).contains("3 000 €");
        assertThat(say(List.of(SITE, b, "9000 euros"), temp)).contains("9 000 €");
        assertThat(budget(note(null, "local:socket-1", SITE, "3000 euros"))).isEqualTo(3000);
        assertThat(budget(note(null, "local:socket-1", SITE, "9000 euros"))).isEqualTo(9000);

        String[] zoe = {"X-OpenWebUI-User-Id", "u-zoe", "X-OpenWebUI-Chat-Id", "c-1"};
        String[] max = {"X-OpenWebUI-User-Id", "u-max", "X-OpenWebUI-Chat-Id", "c-2"};
        String z = say(List.of(SITE), zoe);
        String m = say(List.of(SITE), max);
        assertThat(m).isEqualTo(z);
        say(List.of(SITE, z, "zoe@exemple.fr"), zoe);
        say(List.of(SITE, m, "4000 euros"), max);
        assertThat(note("u-zoe", "c-1", SITE, "zoe@exemple.fr").path("contact").path("email").asText())
                .isEqualTo("zoe@exemple.fr");
        assertThat(note("u-max", "c-2", SITE, "4000 euros").path("contact").path("email").isNull()).isTrue();
    }

    @Test
    void the_rag_template_is_a_chat_turn_whose_context_never_reaches_the_note() {
        String context = "Devis précédent : budget 50000 euros, contact ancien@fournisseur.fr, livraison en mars";
        String[] chat = {"X-OpenWebUI-Chat-Id", "rag-user"};
        String a1 = say(List.of(SITE), chat);
        String inUser = say(List.of(SITE, a1, OpenWebUiShapes.rag(context, "environ 3000 euros")), chat);

        assertThat(inUser).contains("3 000 €").doesNotContain("tags").doesNotContain("50 000");
        JsonNode n = note(null, "rag-user", SITE, "environ 3000 euros");
        assertThat(budget(n)).isEqualTo(3000);
        assertThat(n.toString()).doesNotContain("ancien@fournisseur.fr").doesNotContain("50000");

        // RAG_SYSTEM_CONTEXT=true: the template goes to the system message and the user message stays as typed.
        String[] sys = {"X-OpenWebUI-Chat-Id", "rag-system"};
        String system = OpenWebUiShapes.rag(context, "environ 3000 euros");
        String s1 = say(system, List.of(SITE), sys);
        assertThat(say(system, List.of(SITE, s1, "environ 3000 euros"), sys)).contains("3 000 €");
        assertThat(note(null, "rag-system", SITE, "environ 3000 euros").toString()).doesNotContain("ancien@fournisseur.fr");
    }

    @Test
    void a_user_system_prompt_is_not_the_clients_words() {
        String system = "Tu es un assistant concis. Mon budget est de 20000 euros.";
        String reply = say(system, List.of(SITE), "X-OpenWebUI-Chat-Id", "system-prompt");
        assertThat(reply).contains("Quel budget");
        assertThat(note(null, "system-prompt", SITE).path("answers").path("budget").isMissingNode()).isTrue();
    }

    @Test
    void every_default_task_template_gets_its_cheap_answer_and_stores_nothing() {
        String[] chat = {"X-OpenWebUI-Chat-Id", "tasks"};
        String a1 = say(List.of(SITE), chat);
        int lines = storedTurnLines();
        String h = history("USER: " + SITE, "ASSISTANT: " + a1);

        assertThat(Json.parse(say(List.of(OpenWebUiShapes.title(h)), chat)).path("title").asText())
                .isEqualTo("Pixel & Co – Site vitrine");
        assertThat(Json.parse(say(List.of(OpenWebUiShapes.tags(h)), chat)).path("tags").toString())
                .contains("Comptoir").contains("Site vitrine");
        assertThat(Json.parse(say(List.of(OpenWebUiShapes.followUps(h)), chat)).path("follow_ups").isArray()).isTrue();
        assertThat(Json.parse(say(List.of(OpenWebUiShapes.queries(h)), chat)).path("queries").isEmpty()).isTrue();
        assertThat(Json.parse(say(List.of(OpenWebUiShapes.autocomplete("USER: " + SITE, "Mon bud")), chat))
                .path("text").asText()).isEmpty();
        assertThat(say(List.of(OpenWebUiShapes.emoji("Merci beaucoup, c'est parfait !")), chat)).isEqualTo("😊");
        assertThat(say(List.of(OpenWebUiShapes.emoji("Pour quand souhaitez-vous être en ligne ?")), chat)).isEqualTo("🤔");
        assertThat(storedTurnLines()).isEqualTo(lines);
    }
}
