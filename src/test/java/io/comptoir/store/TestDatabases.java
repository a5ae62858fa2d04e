package io.comptoir.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/** Real databases for tests: an H2 file in a temp directory, or a fresh PostgreSQL schema dropped afterwards. */
public final class TestDatabases {
    public static final String PG_URL = System.getenv().getOrDefault("COMPTOIR_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {}

    /** A database and how to get rid of it. */
    public record Handle(Database db, String url, String schema, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            if (schema != null) {
                try {
                    db.jdbi().useHandle(h -> h.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
                } catch (RuntimeException ignored) {
                    // best effort: the schema name is unique per run anyway
                }
            }
            db.close();
        }
    }

    public static Handle h2() {
        try {
            Path dir = Files.createTempDirectory("comptoir-h2");
            String url = "jdbc:h2:file:" + dir.resolve("db");
            return new Handle(Database.open(url, null), url, null, dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Handle postgres() {
        String schema = newSchema();
        return new Handle(Database.open(PG_URL, schema), PG_URL, schema, null);
    }

    public static String newSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** Drops a schema created by a server process under test. */
    public static void dropSchema(String schema) {
        try (Database db = Database.open(PG_URL, schema)) {
            db.jdbi().useHandle(h -> h.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
        }
    }
}
