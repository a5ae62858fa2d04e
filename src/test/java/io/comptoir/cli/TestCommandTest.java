package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestCommandTest {
    @TempDir
    Path tmp;

    private int run(StringWriter out, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void passing_scenarios_print_a_table_the_predicted_kpis_and_junit_xml() throws Exception {
        StringWriter out = new StringWriter();
        Path xml = tmp.resolve("out.xml");
        int exit = run(out, "test", "examples/agence-web", "--junit", xml.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Client idéal", "PASS", "Predicted KPIs", "qualification");
        assertThat(Files.readString(xml)).contains("<testsuite name=\"agence-web\" tests=\"14\" failures=\"0\"");
    }

    @Test
    void a_failing_expectation_is_reported_with_expected_and_actual_and_exits_1() throws Exception {
        Path bot = tmp.resolve("agence-web");
        copy(Path.of("examples/agence-web"), bot);
        Files.writeString(bot.resolve("scenarios/99-echec.yaml"), """
                name: Échec voulu
                turns:
                  - user: "une boutique en ligne"
                    expect: {reply_contains: ["licorne"]}
                """);
        StringWriter out = new StringWriter();
        Path xml = tmp.resolve("fail.xml");
        assertThat(run(out, "test", bot.toString(), "--junit", xml.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  turn 1 reply_contains: expected \"licorne\", got \"");
        assertThat(Files.readString(xml)).contains("failures=\"1\"").contains("<failure message=");
    }

    @Test
    void a_failure_shows_the_expectation_then_the_transcript_with_acts_and_slots_up_to_that_turn() throws Exception {
        Path bot = initWithFailingScenario();
        StringWriter out = new StringWriter();
        Path xml = tmp.resolve("explained.xml");
        assertThat(run(out, "test", bot.toString(), "--junit", xml.toString())).isEqualTo(1);
        String text = out.toString();
        String explanation = text.substring(text.indexOf("FAIL mb / Échéance"));
        assertThat(explanation).startsWith("FAIL mb / Échéance (scenarios/echeance.yaml)\n"
                + "  turn 2 slots.deadline: expected \"2027-06-12\", got null\n  transcript up to turn 2:\n  [0] (welcome)\n");
        assertThat(explanation).contains("  [1] client: un conseil\n"
                + "      acts: set_slot {\"question\":\"need\",\"value\":\"conseil\"}\n")
                .contains("  [2] client: autour de 800 €\n"
                        + "      acts: set_slot {\"question\":\"budget\",\"value\":{\"amount\":800,\"currency\":\"EUR\"}}\n")
                .contains("stage: intake  slots: {\"budget\":{\"amount\":800,\"currency\":\"EUR\"},\"need\":\"conseil\"}")
                .doesNotContain("[3] client: fin juin");
        assertThat(text).contains("Rerun one scenario with --only NAME");
        // the JUnit report carries the same explanation, in the message and in the body
        String report = Files.readString(xml);
        assertThat(report).contains("<failure message=\"FAIL mb / Échéance (scenarios/echeance.yaml)&#10;  turn 2 "
                + "slots.deadline: expected &quot;2027-06-12&quot;, got null&#10;  transcript up to turn 2:")
                .contains("      acts: set_slot {&quot;question&quot;:&quot;need&quot;,&quot;value&quot;:&quot;conseil&quot;}\n");
    }

    @Test
    void only_reruns_the_named_scenario_and_verbose_shows_its_transcript_even_when_it_passes() throws Exception {
        Path bot = initWithFailingScenario();
        StringWriter out = new StringWriter();
        assertThat(run(out, "test", bot.toString(), "--only", "client-ideal", "--verbose")).isZero();
        assertThat(out.toString()).contains("1 scenarios, 1 passed, 0 failed").contains("PASS mb / Client idéal")
                .contains("[4] client: claire.martin@example.com").contains("acts: give_contact").doesNotContain("Échéance");
        StringWriter byName = new StringWriter();
        assertThat(run(byName, "test", bot.toString(), "--only", "Échéance")).isEqualTo(1);
        assertThat(byName.toString()).contains("1 scenarios, 0 passed, 1 failed").contains("FAIL mb / Échéance");
    }

    @Test
    void only_with_a_name_no_scenario_has_exits_2_and_says_so() throws Exception {
        Path bot = initWithFailingScenario();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("test", bot.toString(), "--only", "licorne")).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario named 'licorne' in " + bot);
    }

    /** The French starter bot with a scenario that expects a deadline from a budget answer. */
    private Path initWithFailingScenario() throws Exception {
        Path bot = tmp.resolve("mb");
        assertThat(run(new StringWriter(), "init", bot.toString(), "--lang", "fr")).isZero();
        Files.writeString(bot.resolve("scenarios/echeance.yaml"), """
                name: Échéance
                turns:
                  - user: "un conseil"
                  - user: "autour de 800 €"
                    expect:
                      slots: {deadline: "2027-06-12"}
                  - user: "fin juin"
                """);
        return bot;
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
