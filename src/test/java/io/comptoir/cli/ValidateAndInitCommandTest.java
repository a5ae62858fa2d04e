package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateAndInitCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void validate_prints_ok_with_counts_for_a_valid_bot() {
        int code = run("validate", "examples/agence-web");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("agence-web: OK (5 questions, ");
    }

    @Test
    void validate_prints_every_problem_as_file_line_message_and_exits_1() throws IOException {
        Path bot = tmp.resolve("broken");
        assertThat(run("init", bot.toString(), "--lang", "fr")).isZero();
        Path yaml = bot.resolve("bot.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("    type: money", "    type: monney")
                .replace("welcome:", "welcom:"));
        out.getBuffer().setLength(0);
        int code = run("validate", bot.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).contains(
                bot + "/bot.yaml:8: unknown key 'welcom' in bot.yaml (did you mean 'welcome'?); allowed keys: id, name, "
                        + "language, tone, region, welcome, disclosure, offer, scope, questions, cta, scoring, jargon, "
                        + "kpis, catalog, recommend, delivery",
                bot + "/bot.yaml:34: question 'budget' has type 'monney'; expected one of choice, money, date, "
                        + "headcount, email, phone, yes_no, text (did you mean 'money'?)",
                bot + ": 3 problems");
        assertThat(out.toString()).contains("bot.yaml is missing 'welcome'").doesNotContain("Exception");
    }

    @Test
    void validate_reports_a_broken_scenario_file() throws IOException {
        Path bot = tmp.resolve("scenario-bot");
        assertThat(run("init", bot.toString(), "--lang", "en")).isZero();
        Files.writeString(bot.resolve("scenarios/broken.yaml"), "name: x\nturns:\n  - user: hi\n    expct: {}\n");
        out.getBuffer().setLength(0);
        assertThat(run("validate", bot.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(bot + "/scenarios/broken.yaml: unknown key 'turns[0].expct'");
    }

    @Test
    void validate_reports_scenario_expectations_that_can_never_be_met_with_their_line() throws IOException {
        Path bot = tmp.resolve("expectations");
        assertThat(run("init", bot.toString(), "--lang", "fr")).isZero();
        Files.writeString(bot.resolve("scenarios/typos.yaml"), """
                name: Fautes
                turns:
                  - user: "une formation"
                    expect:
                      slots: {need: formaton}
                  - user: "2000 euros"
                    expect:
                      slots: {budjet: {amount: 2000, currency: EUR}}
                note:
                  answers.need: formation
                """);
        out.getBuffer().setLength(0);
        assertThat(run("validate", bot.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).contains(
                bot + "/scenarios/typos.yaml:5: question 'need' has no option 'formaton' (the note stores option ids); "
                        + "expected one of conseil, formation, accompagnement (did you mean 'formation'?)",
                bot + "/scenarios/typos.yaml:8: 'budjet' is not a question of expectations; expected one of need, "
                        + "budget, deadline (did you mean 'budget'?)");
    }

    @Test
    void warnings_are_marked_and_pass_unless_strict_makes_them_fail() throws IOException {
        Path bot = frenchBotWith("warned", "examples: [\"environ 1 500 €\"", "examples: [\"je préfère ne pas le dire\"");
        assertThat(run("validate", bot.toString())).isZero();
        assertThat(out.toString()).contains(bot + "/bot.yaml:36: warning: the example 'je préfère ne pas le dire' of "
                + "question 'budget' is not read as an answer to it").contains("3 scenarios), 1 warning (--strict "
                + "makes them fail)");
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--strict", bot.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("1 warning (failing: --strict)");
    }

    @Test
    void a_lint_error_fails_validate_with_its_line_and_fix() throws IOException {
        Path bot = frenchBotWith("unfilled", "collect: [email]", "collect: [phone]");
        assertThat(run("validate", bot.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).contains(bot + "/bot.yaml:51: cta rule 2 (booking): the message asks for an "
                + "e-mail address or promises an invitation, but 'collect' has no email, so the bot never asks for it; "
                + "add email to collect, or reword the message so it needs none", bot + ": 1 problem");
    }

    /** The French starter bot with one edit in bot.yaml, the output buffer cleared. */
    private Path frenchBotWith(String name, String text, String replacement) throws IOException {
        Path bot = tmp.resolve(name);
        assertThat(run("init", bot.toString(), "--lang", "fr")).isZero();
        Path yaml = bot.resolve("bot.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace(text, replacement));
        out.getBuffer().setLength(0);
        return bot;
    }

    @Test
    void validate_names_a_folder_without_bot_yaml() {
        int code = run("validate", tmp.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains(tmp + "/bot.yaml: not found in " + tmp);
    }

    @Test
    void validate_finds_a_bundled_example_by_its_id() {
        assertThat(run("validate", "helpdesk-saas")).isZero();
        assertThat(out.toString()).startsWith("helpdesk-saas: OK");
    }

    @Test
    void init_scaffolds_a_french_bot_that_validates() {
        Path bot = tmp.resolve("mon-cabinet");
        assertThat(run("init", bot.toString(), "--lang", "fr", "--name", "Cabinet Durand")).isZero();
        assertThat(out.toString()).contains("Next steps:").contains("comptoir validate " + bot);
        assertThat(bot.resolve("bot.yaml")).content().contains("id: mon-cabinet").contains("Cabinet Durand");
        assertThat(bot.resolve("faq.md")).exists();
        assertThat(bot.resolve("scenarios")).isDirectoryContaining("glob:**.yaml");
        out.getBuffer().setLength(0);
        assertThat(run("validate", bot.toString())).isZero();
        assertThat(out.toString()).startsWith("mon-cabinet: OK (3 questions, 4 FAQ entries");
    }

    @Test
    void init_scaffolds_an_english_bot_that_validates() {
        Path bot = tmp.resolve("Acme Advisors");
        assertThat(run("init", bot.toString(), "--lang", "en")).isZero();
        assertThat(bot.resolve("bot.yaml")).content().contains("id: acme-advisors").contains("language: en");
        out.getBuffer().setLength(0);
        assertThat(run("validate", bot.toString())).isZero();
    }

    @Test
    void init_output_passes_its_own_scenarios_in_both_languages() {
        for (String lang : new String[] {"fr", "en"}) {
            Path bot = tmp.resolve("bot-" + lang);
            assertThat(run("init", bot.toString(), "--lang", lang)).isZero();
            out.getBuffer().setLength(0);
            assertThat(run("test", bot.toString())).as(out.toString()).isZero();
            assertThat(out.toString()).contains("3 scenarios, 3 passed, 0 failed");
        }
    }

    @Test
    void init_keeps_a_name_with_quotes_and_colons_valid_yaml() {
        Path bot = tmp.resolve("durand");
        assertThat(run("init", bot.toString(), "--name", "Cabinet \"Durand\": conseil & formation")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("validate", bot.toString())).as(out.toString()).isZero();
    }

    @Test
    void a_broken_bot_stops_any_command_with_every_problem_and_no_stack_trace() throws IOException {
        Path bot = tmp.resolve("broken-for-test");
        assertThat(run("init", bot.toString())).isZero();
        Path yaml = bot.resolve("bot.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("type: money", "type: monney")
                .replace("type: date", "type: daet"));
        assertThat(run("test", bot.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has 2 problems").contains("bot.yaml:34: question 'budget' has type 'monney'")
                .contains("(did you mean 'date'?)").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void init_refuses_a_folder_that_is_not_empty() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThat(run("init", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not empty").doesNotContain("Exception");
        assertThat(tmp.resolve("bot.yaml")).doesNotExist();
    }

    @Test
    void init_rejects_an_unknown_language() {
        assertThat(run("init", tmp.resolve("x").toString(), "--lang", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be fr or en");
    }
}
