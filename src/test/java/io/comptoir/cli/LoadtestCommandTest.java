package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `comptoir loadtest` checks its options before contacting any server, with one clear line each. */
class LoadtestCommandTest {
    record Run(int code, String out, String err) {}

    static Run loadtest(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("loadtest", "--duration=1s"));
        if (!List.of(args).contains("--url")) all.add("--url=http://127.0.0.1:1");
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void help_lists_the_rate_and_warm_up_options() {
        Run r = loadtest("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--rate=N").contains("--warmup=DURATION").contains("scheduled send time");
    }

    @Test
    void a_negative_rate_is_one_clear_line() {
        Run r = loadtest("--rate", "-5");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("comptoir: --rate must be a number of turns per second, 0 or more (0: closed loop)");
    }

    @Test
    void a_bad_warm_up_is_one_clear_line() {
        Run r = loadtest("--warmup", "soon");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("comptoir: 'soon' is not a duration; use e.g. 30s, 2m, 1h or 500ms");
        assertThat(loadtest("--warmup", "-1s").err().strip()).isEqualTo("comptoir: --warmup must be 0 or more");
    }

    @Test
    void conversations_must_be_between_1_and_5000() {
        assertThat(loadtest("--conversations", "0").err().strip())
                .isEqualTo("comptoir: --conversations must be between 1 and 5000");
        assertThat(loadtest("--conversations", "5001").err()).contains("between 1 and 5000");
    }

    @Test
    void an_https_url_is_refused_clearly() {
        Run r = loadtest("--url", "https://example.org");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--url must be a plain http://");
    }

    @Test
    void an_unreachable_server_is_one_clear_line() {
        Run r = loadtest();
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).startsWith("comptoir: cannot reach http://127.0.0.1:1");
    }
}
