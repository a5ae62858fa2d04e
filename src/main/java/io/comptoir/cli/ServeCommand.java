package io.comptoir.cli;

import io.comptoir.bot.BotDefinition;
import io.comptoir.ComptoirException;
import io.comptoir.http.RunningServer;
import io.comptoir.http.ServerSettings;
import io.comptoir.server.ApiKeys;
import io.comptoir.server.BotSources;
import io.comptoir.server.RealBots;
import io.comptoir.server.ServedBot;
import io.comptoir.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server: widget, REST API, console and OpenAI-compatible API over a durable store. */
@Command(name = "serve", description = "Start the server: web widget, REST API, console and OpenAI-compatible API.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--bots", paramLabel = "DIR", description = "Folder of bot folders (default: the bundled examples).")
    Path bots;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database (default: H2 file under --data). PostgreSQL: jdbc:postgresql://HOST:5432/DB?user=...")
    String db;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory: H2 database and generated API key (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--rate-limit", defaultValue = "60", paramLabel = "N",
            description = "Client messages per minute per IP address; 0 disables (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(names = "--allow-origin", paramLabel = "BOT=ORIGIN",
            description = "Web origin allowed to embed a bot's widget (repeatable; ORIGIN may be *).")
    List<String> allowOrigins = new ArrayList<>();

    @Option(names = "--idle-timeout", defaultValue = "30m", paramLabel = "DURATION",
            description = "End conversations without a client message for this long (30m, 2h; 0 never; default: ${DEFAULT-VALUE}).")
    String idleTimeout;

    @Option(names = "--retention-days", paramLabel = "DAYS", defaultValue = "${env:COMPTOIR_RETENTION_DAYS:-0}",
            description = "Delete conversations without activity for this many days, with their events and deliveries; "
                    + "KPI counts stay (default: $COMPTOIR_RETENTION_DAYS, else 0: keep).")
    int retentionDays;

    @Option(names = "--delivery-attempts", defaultValue = "8", paramLabel = "N",
            description = "Tries per CRM delivery before it is dead (default: ${DEFAULT-VALUE}).")
    int deliveryAttempts;

    @Option(names = "--delivery-backoff", defaultValue = "30s", paramLabel = "DURATION",
            description = "Wait after the first failed try, doubled at each next one (default: ${DEFAULT-VALUE}).")
    String deliveryBackoff;

    /**
     * COMPTOIR_API_KEY, else on PostgreSQL the key shared by every instance on that database (stored there by the
     * first one), else the key kept in the data directory.
     */
    private String internalKey(String url) {
        String env = System.getenv("COMPTOIR_API_KEY");
        if ((env != null && !env.isBlank()) || !url.startsWith("jdbc:postgresql:")) return ApiKeys.internalKey(env, data);
        try (var database = io.comptoir.store.Database.open(url, null)) {
            return io.comptoir.store.SharedSettings.internalKey(database.jdbi(), "ck_" + io.comptoir.server.Tokens.random(24));
        }
    }

    @Override
    public Integer call() throws Exception {
        java.time.Duration idle = LoadtestCommand.parseDuration(idleTimeout);
        Map<String, List<String>> origins = origins(allowOrigins);
        List<ServedBot> served = new ArrayList<>();
        List<BotDefinition> definitions = BotSources.load(bots);
        for (BotDefinition def : definitions) served.add(RealBots.assemble(def, origins.getOrDefault(def.id(), List.of())));
        String url = db != null ? db : "jdbc:h2:file:" + data.resolve("comptoir").toAbsolutePath();
        String key = internalKey(url);
        var settings = new ServerSettings(key, System.getenv("COMPTOIR_OPENAI_KEY"), rateLimit,
                System.getenv("COMPTOIR_OPENAI_TEAM_KEY"));
        // The KPI dashboard needs each bot's plan and questions (the ServiceLoader copy then steps aside).
        var kpi = new io.comptoir.http.KpiRoutes(id -> definitions.stream().filter(d -> d.id().equals(id)).findFirst());
        var delivery = DeliveryOptions.feature(definitions, deliveryAttempts, deliveryBackoff);
        RunningServer server = RunningServer.start(served, url, null, settings, port, List.of(kpi, delivery));
        var sweeper = idle.isZero() ? null
                : new io.comptoir.server.InactivitySweeper(server.service(), idle, java.time.Clock.systemUTC()).start();
        var retention = DeliveryOptions.retention(server.database(), retentionDays);
        printBanner(server.port(), key, served, server.database());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (sweeper != null) sweeper.close();
            if (retention != null) retention.close();
            delivery.close();
            server.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    private static void printBanner(int port, String key, List<ServedBot> bots, Database db) {
        String base = "http://localhost:" + port;
        System.out.println("Comptoir is running (" + (db.isPostgres() ? "PostgreSQL" : "H2 file") + " store).");
        System.out.println("  Demo and widget   " + base + "/");
        System.out.println("  Team console      " + base + "/console");
        System.out.println("  OpenAI API        " + base + "/v1   (models: comptoir-<bot>, comptoir-<bot>-interne)");
        System.out.println("  REST API          " + base + "/openapi.json");
        System.out.println("  Bots              " + String.join(", ", bots.stream().map(ServedBot::id).toList()));
        System.out.println("  Internal API key  " + key);
        System.out.println("Press Ctrl+C to stop.");
        System.out.flush();
    }

    static Map<String, List<String>> origins(List<String> specs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1)
                throw new ComptoirException.InvalidInput("--allow-origin expects BOT=ORIGIN, e.g. agence-web=https://www.example.com");
            out.computeIfAbsent(s.substring(0, eq), k -> new ArrayList<>()).add(s.substring(eq + 1).replaceAll("/+$", ""));
        }
        return out;
    }
}
