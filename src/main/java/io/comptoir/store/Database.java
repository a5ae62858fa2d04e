package io.comptoir.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.comptoir.ComptoirException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pool, the schema migrations and the JDBI handle factory for one database: H2 in a file by
 * default, or PostgreSQL. Opening runs Flyway, so a fresh database gets its schema on first start.
 */
public final class Database implements AutoCloseable {
    /**
     * The default store: an H2 file under ./data. The conversation store writes its commits to the file before
     * answering (H2Flush), so that a killed process loses nothing; H2's background writer compacts the file.
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/comptoir";
    // QUERY_CACHE_SIZE: a turn runs about fifteen distinct statements; H2's default per-session cache of 8 parsed
    // statements made it parse most of them again at every turn.
    private static final String H2_OPTIONS = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;

    private Database(HikariDataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        // Statement errors name the SQL, never the bound values (client text and contacts stay out of logs).
        jdbi.getConfig(org.jdbi.v3.core.statement.StatementExceptions.class)
                .setMessageRendering(org.jdbi.v3.core.statement.StatementExceptions.MessageRendering.SHORT_STATEMENT);
        this.url = url;
    }

    /** Opens and migrates the database; {@code schema} may be null (the default schema). */
    public static Database open(String jdbcUrl, String schema) {
        String url = normalise(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(url.startsWith("jdbc:h2:") ? 8 : 16);
        config.setPoolName("comptoir");
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        // H2 reports a file it closed after a fatal error (disk full) as "database is closed", which Hikari would
        // keep handing out: evicting such connections makes the next one reopen the file.
        config.setExceptionOverrideClassName(EvictWhenUnwell.class.getName());
        // The PostgreSQL driver otherwise copies the failing row (client text, contacts) into its exceptions.
        if (url.startsWith("jdbc:postgresql:")) config.addDataSourceProperty("logServerErrorDetail", "false");
        if (schema != null) config.setSchema(schema);
        HikariDataSource ds = new HikariDataSource(config);
        try {
            checkConnection(ds, url);
            migrate(ds, schema);
            // Once the database answered, requests under load wait for a connection rather than fail.
            ds.getHikariConfigMXBean().setConnectionTimeout(30_000);
            ownerOnly(url);
            Database db = new Database(ds, url);
            db.problem(); // notes which H2 instance the pool serves, to tell a reopened one later
            return db;
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    public Jdbi jdbi() { return jdbi; }

    /** How long a request waits for a connection before it gets a 503 (30 s by default, for bursts). */
    public void setConnectionWait(java.time.Duration wait) {
        dataSource.getHikariConfigMXBean().setConnectionTimeout(Math.max(250, wait.toMillis()));
    }

    public String url() { return url; }

    public boolean isPostgres() { return url.startsWith("jdbc:postgresql:"); }

    /**
     * Whether the store answers, on a fresh connection so that a closed embedded file gets reopened and a pool
     * waiting on an unreachable server does not hold the caller: empty when it does, else the reason.
     */
    public java.util.Optional<String> problem() {
        try (Connection c = java.sql.DriverManager.getConnection(url + (isPostgres() ? sep() + "connectTimeout=2" : ""))) {
            try (var st = c.createStatement()) {
                st.setQueryTimeout(2);
                st.execute("SELECT 1");
            }
            evictIfReopened(c);
            return java.util.Optional.empty();
        } catch (SQLException | RuntimeException e) {
            // A connection in the pool may still point at a closed file or a dead server: replace them all.
            dataSource.getHikariPoolMXBean().softEvictConnections();
            return java.util.Optional.of(rootMessage(e));
        }
    }

    private volatile Object h2Instance;

    /** An embedded file H2 closed and reopened since the last check: the pool's connections point at the old one. */
    private void evictIfReopened(Connection c) throws SQLException {
        if (!c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)) return;
        if (!(c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal s)) return;
        Object now = s.getDatabase();
        Object before = h2Instance;
        h2Instance = now;
        if (before != null && before != now) dataSource.getHikariPoolMXBean().softEvictConnections();
    }

    private String sep() { return url.contains("?") ? "&" : "?"; }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String normalise(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) jdbcUrl = DEFAULT_URL;
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:"))
            throw new ComptoirException.InvalidInput("unsupported database URL '" + jdbcUrl
                    + "': use jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB?user=...");
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            String path = jdbcUrl.substring("jdbc:h2:file:".length()).split(";")[0];
            createParent(Path.of(path));
            if (!jdbcUrl.contains("LOCK_TIMEOUT")) jdbcUrl = jdbcUrl + H2_OPTIONS;
        }
        return jdbcUrl;
    }

    private static void createParent(Path dbPath) {
        try {
            Path parent = dbPath.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                DataFiles.ownerOnly(parent);
            }
        } catch (java.io.IOException e) {
            throw new ComptoirException("cannot create the data directory for " + dbPath + ": " + e.getMessage(), e);
        }
    }

    private static void checkConnection(HikariDataSource ds, String url) {
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            throw new ComptoirException("cannot connect to the database " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(HikariDataSource ds, String schema) {
        try {
            var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
            if (schema != null) flyway = flyway.schemas(schema).defaultSchema(schema);
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new ComptoirException("database migration failed: " + rootMessage(e), e);
        }
    }

    /** The H2 files hold every transcript: readable by the server's user only. */
    private static void ownerOnly(String url) {
        if (!url.startsWith("jdbc:h2:file:")) return;
        Path base = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).toAbsolutePath();
        DataFiles.ownerOnly(base.resolveSibling(base.getFileName() + ".mv.db"));
    }

    private static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
