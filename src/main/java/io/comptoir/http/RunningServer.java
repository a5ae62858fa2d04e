package io.comptoir.http;

import io.comptoir.ComptoirException;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.ConversationService;
import io.comptoir.server.ServedBot;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.Database;
import io.comptoir.store.StoreWatch;
import java.time.Clock;
import java.util.List;

/** A started server and its database, closed together. */
public final class RunningServer implements AutoCloseable {
    private final Database database;
    private final HttpServer http;
    private final ConversationService service;

    private final StoreWatch watch;

    private RunningServer(Database database, HttpServer http, ConversationService service, StoreWatch watch) {
        this.watch = watch;
        this.database = database;
        this.http = http;
        this.service = service;
    }

    /** Opens (and migrates) the database, then starts HTTP on {@code port}; fails with one clear message. */
    public static RunningServer start(List<ServedBot> bots, String jdbcUrl, String schema, ServerSettings settings,
                                      int port, List<ServerExtension> extensions) {
        Database database = Database.open(jdbcUrl, schema);
        try {
            var service = new ConversationService(new BotRegistry(bots), new ConversationStore(database.jdbi()),
                    Clock.systemUTC());
            List<ServerExtension> all = new java.util.ArrayList<>(extensions);
            // Features such as the KPI dashboard plug in through META-INF/services/io.comptoir.http.ServerExtension.
            java.util.ServiceLoader.load(ServerExtension.class).forEach(all::add);
            return new RunningServer(database, HttpServer.start(service, settings, port, all, database::problem),
                    service, new StoreWatch(database, 60));
        } catch (ComptoirException e) {
            database.close();
            throw e;
        }
    }

    public int port() { return http.port(); }

    public Database database() { return database; }

    public ConversationService service() { return service; }

    @Override
    public void close() {
        watch.close();
        http.close();
        database.close();
    }
}
