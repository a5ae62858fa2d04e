package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KnowledgeCommandsTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void ask_prints_the_client_answer() {
        assertThat(run("ask", "examples/agence-web", "combien pour un site vitrine ?")).isZero();
        assertThat(out.toString()).contains("2 500 € HT");
    }

    @Test
    void ask_json_gives_source_score_alternatives_scope_and_clarification() throws Exception {
        assertThat(run("ask", "examples/helpdesk-saas", "forgot my pwd", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("source").asText()).isEqualTo("password-reset");
        assertThat(json.get("answer").asText()).contains("Forgot password");
        assertThat(json.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("alternatives").isArray()).isTrue();
        assertThat(json.get("alternatives").get(0).has("source")).isTrue();
        assertThat(json.get("in_scope").asBoolean()).isTrue();
        assertThat(json.get("clarification").isNull()).isTrue();
    }

    @Test
    void ask_json_on_an_unrelated_question_has_no_answer_and_is_out_of_scope() throws Exception {
        assertThat(run("ask", "examples/helpdesk-saas", "who won the football match yesterday", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("answer").isNull()).isTrue();
        assertThat(json.get("source").isNull()).isTrue();
        assertThat(json.get("in_scope").asBoolean()).isFalse();
    }

    @Test
    void eval_knowledge_reports_hit_rates_and_fails_below_the_threshold() {
        assertThat(run("eval", "knowledge", "examples/boutique-velo", "examples/boutique-velo/eval/faq-paraphrases.jsonl",
                "--min-hit1", "0.9", "--min-scope-acc", "0.95")).isZero();
        assertThat(out.toString()).contains("hit@1", "hit@3", "scope accuracy");
        assertThat(run("eval", "knowledge", "examples/boutique-velo", "--min-hit1", "1.01")).isEqualTo(1);
    }

    @Test
    void a_malformed_eval_line_is_a_clear_error(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": \"ok\", \"in_scope\": false}\nnot json\n");
        assertThat(run("eval", "knowledge", "examples/agence-web", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.jsonl:2:").doesNotContain("Exception");
    }

    @Test
    void a_catalog_with_a_broken_row_is_an_author_error_naming_the_line(@TempDir Path dir) throws Exception {
        Path bot = dir.resolve("velo");
        Files.createDirectories(bot);
        for (String f : new String[] {"bot.yaml", "faq.md"}) {
            Files.copy(Path.of("examples/boutique-velo", f), bot.resolve(f));
        }
        String csv = Files.readString(Path.of("examples/boutique-velo/catalog.csv"));
        Files.writeString(bot.resolve("catalog.csv"), csv + "broken-row,Only three,ville\n");
        assertThat(run("ask", bot.toString(), "livraison ?")).isEqualTo(2);
        assertThat(err.toString()).contains("catalog.csv:" + (csv.split("\n").length + 1) + ":")
                .contains("3 values but the header has 10 columns");
    }

    @Test
    void an_empty_faq_is_an_author_error(@TempDir Path dir) throws Exception {
        Path bot = dir.resolve("agence");
        Files.createDirectories(bot);
        Files.copy(Path.of("examples/agence-web/bot.yaml"), bot.resolve("bot.yaml"));
        Files.writeString(bot.resolve("faq.md"), "# FAQ\n\n");
        assertThat(run("ask", bot.toString(), "combien ?")).isEqualTo(2);
        assertThat(err.toString()).contains("faq.md: no question found").doesNotContain("Exception");
    }

    @Test
    void a_ten_kilobyte_question_gets_a_reply_not_a_crash() {
        assertThat(run("ask", "examples/agence-web", "combien coûte un site vitrine ? ".repeat(330))).isZero();
        assertThat(out.toString()).contains("2 500 € HT");
    }
}
