package io.comptoir.server;

import io.comptoir.engine.EndReason;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends conversations left without a client message for longer than the idle timeout (reason: timeout), so their
 * notes become final and the KPIs count them. Safe with several processes: closing is version-checked and an
 * ended conversation is left as is.
 */
public final class InactivitySweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InactivitySweeper.class);

    private final ConversationService service;
    private final Duration idle;
    private final Clock clock;
    private final ScheduledExecutorService timer = io.comptoir.store.DaemonTimer.named("comptoir-inactivity");

    public InactivitySweeper(ConversationService service, Duration idle, Clock clock) {
        this.service = service;
        this.idle = idle;
        this.clock = clock;
    }

    /** Sweeps every quarter of the idle timeout (at most every minute). */
    public InactivitySweeper start() {
        long period = Math.max(1, Math.min(60, idle.toSeconds() / 4));
        timer.scheduleWithFixedDelay(this::sweepQuietly, period, period, TimeUnit.SECONDS);
        return this;
    }

    /** Closes the conversations idle since before now minus the timeout; returns how many were closed. */
    public int sweep() {
        List<String> ids = service.store().idleSince(clock.instant().minus(idle), 500);
        int closed = 0;
        for (String id : ids) {
            try {
                if (service.bots().has(service.find(id).botId())) {
                    service.close(id, EndReason.TIMEOUT);
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.warn("could not close idle conversation {}: {}", id, e.getMessage());
            }
        }
        return closed;
    }

    private void sweepQuietly() {
        try {
            int n = sweep();
            if (n > 0) LOG.info("closed {} idle conversation(s)", n);
        } catch (RuntimeException e) {
            LOG.warn("inactivity sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
