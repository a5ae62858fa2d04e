package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.server.ApiKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `comptoir serve` fails with one clear line, and keeps its generated API key across starts. */
class ServeCommandTest {
    record Run(int code, String err) {}

    static Run serve(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    @Test
    void a_port_in_use_is_one_clear_line() throws Exception {
        Path data = Files.createTempDirectory("comptoir-serve");
        try (ServerSocket busy = new ServerSocket(0)) {
            Run r = serve("serve", "--port", String.valueOf(busy.getLocalPort()), "--data", data.toString());
            assertThat(r.code()).isNotZero();
            assertThat(r.err().strip()).isEqualTo("comptoir: port " + busy.getLocalPort()
                    + " is already in use; choose another with --port");
        }
    }

    @Test
    void a_bad_database_url_is_one_clear_line() throws Exception {
        Path data = Files.createTempDirectory("comptoir-serve");
        Run r = serve("serve", "--port", "0", "--data", data.toString(), "--db", "jdbc:oracle:thin:@x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("unsupported database URL").contains("jdbc:postgresql://");
        Run pg = serve("serve", "--port", "0", "--data", data.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/x?user=u");
        assertThat(pg.err().lines()).hasSize(1);
        assertThat(pg.err()).startsWith("comptoir: cannot connect to the database");
    }

    @Test
    void the_generated_internal_key_is_stored_once_and_reused() throws Exception {
        Path data = Files.createTempDirectory("comptoir-key");
        String first = ApiKeys.internalKey(null, data);
        assertThat(ApiKeys.internalKey(null, data)).isEqualTo(first).startsWith("ck_");
        assertThat(Files.readString(data.resolve(ApiKeys.FILE)).strip()).isEqualTo(first);
        assertThat(ApiKeys.internalKey("from-env", data)).isEqualTo("from-env");
    }
}
