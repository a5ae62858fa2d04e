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
        assertThat(Files.readString(xml)).contains("<testsuite name=\"agence-web\" tests=\"12\" failures=\"0\"");
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
