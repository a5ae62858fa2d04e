package io.comptoir.lifecycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the conversations whose last activity is older than the retention period, with everything that
 * names them: transcript, events, note, deliveries, KPI state and recontact keys. The daily KPI counters keep
 * their counts. Each conversation goes in its own transaction, so a sweep never holds long locks; several
 * processes may sweep at once (a row already deleted is simply not found).
 */
public final class RetentionSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer = io.comptoir.store.DaemonTimer.named("comptoir-retention");

    public RetentionSweeper(Jdbi jdbi, Duration retention, Clock clock) {
        this.jdbi = jdbi;
        this.retention = retention;
        this.clock = clock;
    }

    /** Sweeps a minute after start, then every hour. */
    public RetentionSweeper start() {
        timer.scheduleWithFixedDelay(this::sweepQuietly, 1, 60, TimeUnit.MINUTES);
        return this;
    }

    /** Deletes what is older than the retention period; returns how many conversations went. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        for (List<String> ids; !(ids = expired(cutoff)).isEmpty(); ) {
            for (String id : ids) delete(id);
            total += ids.size();
        }
        return total;
    }

    private List<String> expired(Instant cutoff) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM conversations WHERE updated_at < :cutoff LIMIT :n")
                .bind("cutoff", Timestamp.from(cutoff)).bind("n", BATCH).mapTo(String.class).list());
    }

    private void delete(String id) {
        jdbi.useTransaction(h -> {
            Forget.derived(h, id);
            for (String table : List.of("conversation_turns", "conversation_events", "kpi_conversation"))
                h.createUpdate("DELETE FROM " + table + " WHERE conversation_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM conversations WHERE id = :id").bind("id", id).execute();
        });
    }

    private void sweepQuietly() {
        try {
            int n = sweep();
            if (n > 0) LOG.info("retention: deleted {} conversation(s) older than {} days", n, retention.toDays());
        } catch (RuntimeException e) {
            LOG.warn("retention sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
