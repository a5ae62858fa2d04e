package io.comptoir.delivery;

import io.comptoir.delivery.http.HttpTransport;
import io.comptoir.delivery.jdbc.DeliveryStore;
import io.comptoir.delivery.jdbc.OutboxListener;
import io.comptoir.engine.EndReason;
import io.comptoir.server.ConversationService;
import io.comptoir.server.FakeBots;
import io.comptoir.store.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A conversation service whose store writes the outbox, and a worker sending to one webhook, on a given clock. */
final class Outboxes {
    static final String SECRET = "whsec-test-0123456789";
    static final Duration BACKOFF = Duration.ofSeconds(30);

    final ConversationService service;
    final DeliveryStore store;
    final Endpoints endpoints;

    Outboxes(Jdbi jdbi, Clock clock, String url) {
        endpoints = Endpoints.of(List.of(new Endpoint(Endpoints.SERVER, Endpoint.Kind.WEBHOOK, url, SECRET, java.util.Map.of())));
        ConversationStore conversations = new ConversationStore(jdbi);
        conversations.addListener(new OutboxListener(endpoints::forBot, () -> {}));
        service = new ConversationService(FakeBots.registry(), conversations, clock);
        store = DeliveryStore.on(jdbi);
    }

    DeliveryWorker worker(Transport transport, Clock clock) {
        return new DeliveryWorker(store, transport, endpoints::get, RetryPolicy.exact(3, BACKOFF), clock,
                DeliveryWorker.LEASE);
    }

    DeliveryWorker worker(Clock clock) { return worker(new HttpTransport(clock), clock); }

    /** A conversation that gave an e-mail and ended. */
    String finished(String email) {
        String id = service.open("agence-web", "widget", null).conversationId();
        service.post(id, "Un site vitrine");
        service.post(id, email);
        service.close(id, EndReason.COMPLETED);
        return id;
    }
}
