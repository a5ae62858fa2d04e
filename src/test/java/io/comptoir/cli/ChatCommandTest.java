package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ChatCommandTest {
    record Run(int exit, String out, String err) {}

    static synchronized Run chat(String stdin, String... args) {
        InputStream before = System.in;
        StringWriter out = new StringWriter(), err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 1];
            all[0] = "chat";
            System.arraycopy(args, 0, all, 1, args.length);
            return new Run(cl.execute(all), out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    static JsonNode json(Run r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void a_scripted_vague_conversation_ends_with_a_complete_note() throws Exception {
        String script = String.join("\n", "bonjour", "bof je sais pas trop", "un site vitrine je pense", "peut-être 3000 €",
                "finalement plutôt 5000 €", "je ne sais pas", "aucune idée", "on est 3",
                "en fait non, plutôt une boutique en ligne", "oui c'est moi qui décide", "06 12 34 56 78") + "\n";
        JsonNode root = json(chat(script, "examples/agence-web", "--json", "--now", "2026-11-23"));
        JsonNode note = root.get("note");
        assertThat(note.at("/answers/budget/amount").asInt()).isEqualTo(5000);
        assertThat(note.at("/changes/0/field").asText()).isEqualTo("budget");
        assertThat(note.at("/changes/0/from/amount").asInt()).isEqualTo(3000);
        assertThat(note.get("flags").toString()).contains("hesitant", "changed_mind");
        assertThat(note.get("ended_at").isNull()).isFalse();
        assertThat(note.at("/cta/status").asText()).isEqualTo("accepted");
        assertThat(root.get("turns").get(0).get("stage").asText()).isEqualTo("welcome");
        assertThat(root.get("turns").get(1).get("user").asText()).isEqualTo("bonjour");
    }

    @Test
    void the_same_script_and_the_same_day_give_the_same_output() {
        String script = "une boutique en ligne\n8000 €\nfin mars\n";
        assertThat(chat(script, "agence-web", "--json", "--now", "2026-11-23").out())
                .isEqualTo(chat(script, "agence-web", "--json", "--now", "2026-11-23").out());
    }

    @Test
    void bad_input_gets_a_graceful_reply_for_every_line_and_no_stack_trace() throws Exception {
        String script = "\n" + "x".repeat(100_000) + "\n\u0001\u0007\u001b[31m\n😀🎉👍\n";
        Run r = chat(script, "agence-web", "--json", "--now", "2026-11-23");
        JsonNode turns = json(r).get("turns");
        assertThat(turns).hasSize(1 + 4 + 1);
        for (int i = 1; i <= 4; i++) assertThat(turns.get(i).get("bot").get(0).asText()).isNotBlank();
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void interactive_chat_numbers_buttons_shows_the_internal_view_and_prints_the_note_at_the_end() {
        Run r = chat("2\nquit\n", "agence-web", "--internal", "--now", "2026-11-23");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("  2) Boutique en ligne").contains("[internal] stage=intake")
                .contains("\"need\":\"ecommerce\"").contains("## Résumé").contains("Référence de la conversation");
    }

    @Test
    void an_unknown_bot_is_a_one_line_error() {
        Run r = chat("", "no-such-bot", "--json");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no-such-bot").doesNotContain("at io.comptoir");
    }
}
