package io.comptoir.delivery.http;

import io.comptoir.delivery.DeliveryWorker;
import io.comptoir.delivery.Endpoints;
import io.comptoir.delivery.RetryPolicy;
import io.comptoir.delivery.jdbc.DeliveryStore;
import io.comptoir.delivery.jdbc.OutboxListener;
import io.comptoir.http.ServerExtension;
import io.comptoir.server.ConversationService;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CRM delivery in the server: the outbox rows written with each conversation's final turn, one sender thread
 * that polls them (and is woken by each commit that added some), and the /api/internal/deliveries routes.
 */
public final class DeliveryFeature implements ServerExtension, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryFeature.class);
    static final Duration POLL = Duration.ofSeconds(1);

    private final Endpoints endpoints;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean closed;
    private Thread sender;
    private DeliveryStore store;

    public DeliveryFeature(Endpoints endpoints, RetryPolicy policy, Clock clock) {
        this.endpoints = endpoints;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void register(Javalin app, ConversationService service) {
        store = DeliveryStore.on(service.store().jdbi());
        service.store().addListener(new OutboxListener(endpoints::forBot, wake::release));
        new DeliveryRoutes(store, clock, wake::release).register(app);
        var worker = new DeliveryWorker(store, new HttpTransport(clock), endpoints::get, policy, clock,
                DeliveryWorker.LEASE);
        sender = new Thread(() -> loop(worker), "comptoir-delivery");
        sender.setDaemon(true);
        sender.start();
    }

    public DeliveryStore store() { return store; }

    private void loop(DeliveryWorker worker) {
        while (!closed) {
            try {
                if (worker.runOnce() == 0 && wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS)) wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is away for a moment: the rows wait in the outbox, try again at the next poll.
                LOG.warn("delivery pass failed: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (sender != null) {
            sender.interrupt();
            try {
                sender.join(HttpTransport.TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
