package io.comptoir.engine;

import static io.comptoir.engine.SalesWordingTest.note;
import static io.comptoir.engine.SalesWordingTest.play;
import static io.comptoir.engine.SalesWordingTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.note.CrmNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversations with the real support example bot (helpdesk-saas), checked for what a support agent would read. */
class SupportFlowTest {
    static final String BOT = "helpdesk-saas";
    static final String[] TO_ANSWER = {"Hi, I can't log in since this morning, it says my password is wrong",
            "I'm blocked"};

    @Test
    void an_email_in_reply_to_did_it_help_opens_the_ticket_without_asking_the_email_again() {
        List<TurnResult> t = play(BOT, TO_ANSWER[0], TO_ANSWER[1], "jane@acme.io");
        assertThat(reply(t.get(2))).contains("?");
        String last = reply(t.get(3));
        assertThat(last).doesNotContain("Does this solve your problem").doesNotContain("Does that answer your question");
        ConversationState s = t.get(3).state();
        assertThat(s.resolved()).isFalse();
        assertThat(s.contact().email()).isEqualTo("jane@acme.io");
        assertThat(s.cta()).isNotNull();
        assertThat(s.cta().type()).isEqualTo(io.comptoir.bot.CtaType.TICKET);
        assertThat(s.cta().missing()).isEmpty();
    }

    @Test
    void closing_while_the_answer_is_unconfirmed_leaves_a_check_for_support_when_the_email_is_known() {
        List<TurnResult> t = play(BOT, "Hi, I can't log in, my email is jane@acme.io", TO_ANSWER[1]);
        assertThat(reply(t.get(t.size() - 1))).containsAnyOf("Does this solve", "Does that answer");
        CrmNote n = note(BOT, t);
        assertThat(n.nextAction().action()).contains("no confirmation from the client");
        assertThat(n.nextAction().owner()).isEqualTo("support");
    }

    @Test
    void a_support_note_summary_speaks_of_the_request_and_its_resolution_not_of_leads() {
        List<TurnResult> t = play(BOT, TO_ANSWER[0], TO_ANSWER[1], "no, still not working");
        String summary = note(BOT, t).summary();
        assertThat(summary).doesNotContain("lead").doesNotContain("Decision-maker");
        assertThat(summary).contains("did not solve");
    }

    @Test
    void a_further_description_instead_of_the_impact_is_kept_and_the_faq_answers_the_whole_story() {
        List<TurnResult> t = play(BOT, TO_ANSWER[0], "I tried resetting it but never got the email", TO_ANSWER[1]);
        String reask = reply(t.get(2));
        assertThat(reask).doesNotContain("This helps us prioritise");
        assertThat(t.get(3).state().faqAnswered()).contains("password-reset");
        assertThat(t.get(3).state().answers().values().stream().filter(a -> a instanceof Answer.Text).map(a -> ((Answer.Text) a).value()).toList()).anyMatch(v -> v.contains("never got the email"));
    }

    @Test
    void the_ticket_message_says_the_email_already_given_is_kept_and_asks_to_confirm() {
        List<TurnResult> t = play(BOT, TO_ANSWER[0], TO_ANSWER[1], "jane@acme.io");
        assertThat(reply(t.get(3))).contains("jane@acme.io")
                .as("the author's question for the e-mail is not asked once it is known")
                .doesNotContain("What email address");
        assertThat(t.get(3).messages().get(t.get(3).messages().size() - 1).buttons()).hasSize(2);
    }

    @Test
    void only_the_final_question_of_a_call_to_action_message_is_dropped() {
        assertThat(Finish.withoutFinalQuestion("We'll open a ticket. Which e-mail should they use?"))
                .isEqualTo("We'll open a ticket.");
        assertThat(Finish.withoutFinalQuestion("Which e-mail should they use?")).isEmpty();
    }

    @Test
    void the_impact_is_acknowledged_as_the_clients_words_not_as_the_bot_speaking() {
        List<TurnResult> t = play(BOT, TO_ANSWER[0], TO_ANSWER[1]);
        assertThat(reply(t.get(2))).doesNotContain(": I'm blocked.").contains("(\"I'm blocked\")");
    }
}
