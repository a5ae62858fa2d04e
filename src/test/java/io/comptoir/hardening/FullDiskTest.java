package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.Json;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.Database;
import io.comptoir.store.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An embedded H2 on a real, small file system (a 16 MB tmpfs, mounted as root) that fills up: turns get 503, not
 * 500, /readyz says so, and once space is freed the file is reopened and the server answers again, without restart.
 */
class FullDiskTest {
    @Test
    void a_full_disk_gives_503_then_the_store_reopens_once_space_is_freed() throws Exception {
        Path mount = Files.createTempDirectory("comptoir-tmpfs");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.toString()),
                "needs root to mount a tmpfs (CI runs as root)");
        try {
            String url = "jdbc:h2:file:" + mount.resolve("db");
            var db = new TestDatabases.Handle(Database.open(url, null), url, null, mount);
            db.db().setConnectionWait(java.time.Duration.ofSeconds(2));
            try (TestServer s = new TestServer(FakeBots.registry(), 0, null, db, List.of())) {
                Path filler = mount.resolve("filler");
                fill(filler);
                int firstRefusal = -1;
                // Bounded: each turn writes a few kilobytes; the space left is what the filler could not take.
                for (int i = 0; i < 400 && firstRefusal < 0; i++) {
                    int status = turn(s, "Un message assez long pour remplir le disque " + "x".repeat(3000));
                    assertThat(status).as("turn " + i).isIn(200, 201, 503);
                    if (status == 503) firstRefusal = status;
                }
                assertThat(firstRefusal).as("the disk filled up").isEqualTo(503);
                var ready = s.get("/readyz", null);
                assertThat(ready.status()).isIn(200, 503);

                Files.delete(filler);
                var back = s.get("/readyz", null);
                assertThat(back.status()).as(back.body()).isEqualTo(200);
                assertThat(turn(s, "Un site vitrine")).isEqualTo(200);
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static int turn(TestServer s, String text) {
        var o = s.post("/api/bots/agence-web/conversations", null, "{}");
        if (o.status() != 201) return o.status();
        JsonNode j = o.json();
        return s.post("/api/conversations/" + j.path("conversation_id").asText() + "/messages",
                j.path("token").asText(), Json.write(Map.of("text", text))).status();
    }

    /** Writes until the file system is full, leaving a few hundred kilobytes for H2 to run out of. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) out.write(block);
        } catch (IOException full) {
            // ENOSPC: the disk is full
        }
        long size = Files.size(filler);
        try (var ch = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, size - 512 * 1024));
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
