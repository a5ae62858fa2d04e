package io.comptoir.store.kpi;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** Fresh migrated databases for KPI store tests: H2 in memory, and PostgreSQL in a schema of its own when reachable. */
final class TestDatabases {
    record Db(String name, Jdbi jdbi) {
        @Override public String toString() { return name; }
    }

    static final String PG_URL = System.getenv().getOrDefault("COMPTOIR_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    static Db h2() {
        String url = "jdbc:h2:mem:kpi" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        migrate(url, null);
        return new Db("h2", Jdbi.create(url));
    }

    /** Null when no PostgreSQL answers. */
    static Db postgres() {
        try (var c = DriverManager.getConnection(PG_URL)) {
            c.isValid(2);
        } catch (Exception e) {
            return null;
        }
        String schema = "kpi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        migrate(PG_URL, schema);
        // Tests need no durability: asynchronous commit keeps hundreds of small transactions fast.
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&options=-c%20synchronous_commit%3Doff";
        return new Db("postgresql", Jdbi.create(url));
    }

    static List<Db> all() {
        List<Db> dbs = new ArrayList<>();
        dbs.add(h2());
        Db pg = postgres();
        if (pg != null) dbs.add(pg);
        return dbs;
    }

    private static void migrate(String url, String schema) {
        var conf = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
        if (schema != null) conf = conf.schemas(schema).createSchemas(true);
        conf.load().migrate();
    }
}
