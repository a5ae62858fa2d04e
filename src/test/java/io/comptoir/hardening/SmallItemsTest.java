package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.http.Json;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run, impossible purchases, and who may read the data files. */
class SmallItemsTest {
    static final String KEY = TestServer.INTERNAL_KEY;

    @Test
    void csv_cells_starting_with_a_tab_or_a_carriage_return_are_neutralised() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null)) {
            String tab = conversation(s, "\t=cmd|' /C calc'!A0");
            String cr = conversation(s, "\r=1+1");
            String csv = s.get("/api/internal/notes/export?format=csv", KEY).body();
            assertThat(csv).contains("'\t=cmd").contains("\"'\r=1+1\"");
            assertThat(List.of(tab, cr)).allMatch(csv::contains);
        }
    }

    @Test
    void negative_amounts_and_far_future_times_are_refused() {
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null)) {
            String id = conversation(s, "Un vélo");
            String base = "{\"type\": \"purchase\", \"conversation_id\": \"" + id + "\", ";
            assertThat(s.post("/api/internal/events", KEY, base + "\"amount\": -1}").status()).isEqualTo(400);
            assertThat(s.post("/api/internal/events", KEY, base + "\"amount\": \"1e999999999\"}").status()).isEqualTo(400);
            assertThat(s.post("/api/internal/events", KEY, base + "\"amount\": 10, \"at\": \"2100-01-01T00:00:00Z\"}")
                    .status()).isEqualTo(400);
            assertThat(s.post("/api/internal/events", KEY, base + "\"amount\": 10.5}").status()).isEqualTo(201);
        }
    }

    @Test
    void the_embedded_database_file_is_readable_by_its_owner_only() throws Exception {
        try (var db = TestDatabases.h2()) {
            var file = db.dir().resolve("db.mv.db");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        var dir = Files.createTempDirectory("comptoir-perm").resolve("data");
        try (var db = io.comptoir.store.Database.open("jdbc:h2:file:" + dir.resolve("c"), null)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        }
    }

    static String conversation(TestServer s, String text) {
        JsonNode o = s.post("/api/bots/boutique-velo/conversations", null, "{}").json();
        String id = o.path("conversation_id").asText();
        s.post("/api/conversations/" + id + "/messages", o.path("token").asText(), Json.write(Map.of("text", text)));
        return id;
    }
}
