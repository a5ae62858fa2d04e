package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole author path a new user follows from the README: init, edit the files (a question, an FAQ entry, a
 * scenario), validate, test; each step's output must say clearly what happened and what to do next.
 */
class FirstBotAuthorPathTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    @Test
    void a_new_author_builds_edits_validates_and_tests_a_first_bot() throws Exception {
        Path bot = tmp.resolve("mon-bot");
        assertThat(run("init", bot.toString(), "--lang", "fr")).isZero();
        assertThat(out.toString()).contains("Created " + bot, "comptoir validate " + bot, "comptoir test " + bot);

        // the template is clean even for --strict, and passes its own scenarios
        assertThat(run("validate", "--strict", bot.toString())).as(out.toString()).isZero();
        assertThat(run("test", bot.toString())).as(out.toString()).isZero();

        Path yaml = bot.resolve("bot.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("\ncta:", """
                  - id: decision
                    ask:
                      - "Êtes-vous la personne qui valide ce projet ?"
                      - "Est-ce vous qui prendrez la décision ?"
                    type: yes_no

                cta:"""));
        Files.writeString(bot.resolve("faq.md"), Files.readString(bot.resolve("faq.md")) + """

                ## Proposez-vous des formations à distance ?
                Aussi :
                - Peut-on suivre une formation en visio ?
                Tags : visio, distance, en ligne

                Oui, toutes nos formations existent aussi en classe virtuelle.
                """);
        Files.writeString(bot.resolve("scenarios/decideur.yaml"), """
                name: Décideur pressé
                turns:
                  - user: "une formation pour mon équipe, environ 3000 euros"
                    expect:
                      slots: {need: formation, budget: {amount: 3000, currency: EUR}}
                  - user: "Peut-on suivre une formation en visio ?"
                    expect:
                      reply_contains: ["classe virtuelle"]
                  - user: "dans deux mois"
                  - user: "oui c'est moi qui décide"
                    expect:
                      slots: {decision: "yes"}
                      stage: cta
                """);
        assertThat(run("validate", "--strict", bot.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith("mon-bot: OK (4 questions, 5 FAQ entries, 2 synonym groups, "
                + "2 call-to-action rules, 3 KPIs, 4 scenarios)");
        // the new question breaks the ideal scenario, and the report says where and shows the question asked
        assertThat(run("test", bot.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL mon-bot / Client idéal (scenarios/client-ideal.yaml)\n"
                + "  turn 3 stage: expected cta, got intake\n  transcript up to turn 3:")
                .contains("Êtes-vous la personne qui valide ce projet ?", "4 scenarios, 3 passed, 1 failed");
        Path ideal = bot.resolve("scenarios/client-ideal.yaml");
        Files.writeString(ideal, Files.readString(ideal).replace("  - user: \"d'ici fin mars\"\n",
                "  - user: \"d'ici fin mars\"\n  - user: \"oui\"\n"));
        assertThat(run("test", bot.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Décideur pressé", "4 scenarios, 4 passed, 0 failed");

        // a slip in an edit: validate names the line and the fix, test shows why the scenario fails
        Files.writeString(yaml, Files.readString(yaml).replace("type: yes_no", "type: yes_no\n    examples: [\"peut-être\"]"));
        assertThat(run("validate", bot.toString())).isZero();
        assertThat(out.toString()).contains(bot + "/bot.yaml:", "warning: the example 'peut-être' of question "
                + "'decision' is not read as an answer to it", "(--strict makes them fail)");
        assertThat(run("validate", "--strict", bot.toString())).isEqualTo(1);

        Path scenario = bot.resolve("scenarios/decideur.yaml");
        Files.writeString(scenario, Files.readString(scenario).replace("decision: \"yes\"", "decision: \"no\""));
        assertThat(run("test", bot.toString(), "--only", "Décideur pressé")).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL mon-bot / Décideur pressé (scenarios/decideur.yaml)\n"
                + "  turn 4 slots.decision: expected \"no\", got \"yes\"\n  transcript up to turn 4:")
                .contains("[4] client: oui c'est moi qui décide", "acts: ", "slots: {");
    }
}
