package io.comptoir.store;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the store once a minute: while it does not answer, says so in the log every minute (a closed H2 file or an
 * unreachable PostgreSQL is otherwise only seen in failed requests), and says once when it answers again. Each
 * check also makes the pool replace its connections, which is what reopens an embedded file H2 had closed.
 */
public final class StoreWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWatch.class);

    private final Database database;
    private final ScheduledExecutorService timer;
    private volatile boolean unwell;

    public StoreWatch(Database database, long periodSeconds) {
        this.database = database;
        this.timer = io.comptoir.store.DaemonTimer.named("comptoir-store-watch");
        timer.scheduleAtFixedRate(this::check, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** One check, as the timer runs it. */
    public void check() {
        try {
            var problem = database.problem();
            if (problem.isPresent()) {
                unwell = true;
                LOG.warn("store not ready ({}): /readyz answers 503 until it is back: {}",
                        database.isPostgres() ? "PostgreSQL" : "H2", problem.get());
            } else if (unwell) {
                unwell = false;
                LOG.info("store ready again");
            }
        } catch (RuntimeException e) {
            LOG.warn("store check failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
