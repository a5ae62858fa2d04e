package io.comptoir.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.comptoir.http.TestServer;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.RealBots;
import io.comptoir.store.ConversationFilter;
import io.comptoir.store.ConversationRecord;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The official openai npm client (v6) against a real server: models, plain, streamed, multi-turn, regenerate, errors. */
class OpenAiNodeClientTest {
    static final Path DIR = Path.of("src/test/node");

    @Test
    void the_official_openai_client_lists_models_calls_streams_continues_regenerates_and_gets_typed_errors() throws Exception {
        assumeTrue(nodeAvailable(), "node is not installed on this machine: skipping the openai npm contract test");
        if (!Files.isDirectory(DIR.resolve("node_modules/openai"))) run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund"), 180);
        try (TestServer s = new TestServer(new BotRegistry(RealBots.examples()), 0, "sk-contract")) {
            ProcessBuilder pb = new ProcessBuilder("node", "openai-contract.mjs");
            pb.environment().put("COMPTOIR_URL", s.url());
            pb.environment().put("COMPTOIR_BOT", "agence-web");
            pb.environment().put("COMPTOIR_OPENAI_KEY", "sk-contract");
            String out = run(pb, 120);

            assertThat(out).contains("OK models").contains("OK plain").contains("OK stream").contains("OK regenerate")
                    .contains("OK errors").contains("ALL OK");
            var openai = s.service.store().list(ConversationFilter.all()).stream()
                    .filter(r -> r.channel().equals("openai")).toList();
            assertThat(openai).extracting(ConversationRecord::turnCount).isNotEmpty();
            assertThat(openai).anySatisfy(r -> assertThat(s.service.store().clientTurns(r.id())).hasSize(3));
        }
    }

    static String run(ProcessBuilder pb, int seconds) throws Exception {
        File log = Files.createTempFile("node", ".log").toFile();
        Process p = pb.directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(log).start();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        if (!done) p.destroyForcibly();
        assertThat(done && p.exitValue() == 0).as(String.join(" ", pb.command()) + " failed:\n" + out).isTrue();
        return out;
    }

    /** Whether node runs; under .ci/run (COMPTOIR_CI=1) a missing node fails the test instead of skipping it. */
    static boolean nodeAvailable() {
        boolean available;
        try {
            available = new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            available = false;
        }
        if (!available && "1".equals(System.getenv("COMPTOIR_CI")))
            throw new IllegalStateException("COMPTOIR_CI=1 but node does not run: .ci/setup.d/30-node.sh should install it");
        return available;
    }
}
