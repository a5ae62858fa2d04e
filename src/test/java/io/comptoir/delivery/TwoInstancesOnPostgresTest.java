package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.delivery.http.HttpTransport;
import io.comptoir.delivery.jdbc.DeliveryStore;
import io.comptoir.store.Database;
import io.comptoir.store.TestDatabases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two senders, each with its own connection pool as two server processes would have, drain one PostgreSQL
 * outbox at the same time: every conversation reaches the receiver exactly once.
 */
class TwoInstancesOnPostgresTest {
    @Test
    void two_instances_on_one_postgresql_deliver_each_conversation_once() throws Exception {
        try (var a = TestDatabases.postgres(); var receiver = new Receiver();
             Database b = Database.open(TestDatabases.PG_URL, a.schema())) {
            Clock clock = Clock.systemUTC();
            Outboxes o = new Outboxes(a.db().jdbi(), clock, receiver.url("/in"));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) ids.add(o.finished("client" + i + "@exemple.fr"));

            List<DeliveryWorker> workers = List.of(o.worker(clock), new DeliveryWorker(DeliveryStore.on(b.jdbi()),
                    new HttpTransport(clock), o.endpoints::get, RetryPolicy.exact(3, Outboxes.BACKOFF), clock,
                    DeliveryWorker.LEASE));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> sent = new ArrayList<>();
            for (DeliveryWorker w : workers) sent.add(pool.submit(() -> {
                int total = 0;
                for (int n; (n = w.runOnce()) > 0; ) total += n;
                return total;
            }));
            int total = 0;
            for (Future<Integer> f : sent) total += f.get();
            pool.shutdown();

            assertThat(total).isEqualTo(40);
            Map<String, Long> perConversation = receiver.received().stream().collect(Collectors.groupingBy(
                    r -> io.comptoir.http.Json.parse(r.text()).path("conversation_id").asText(), Collectors.counting()));
            assertThat(perConversation.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(perConversation.values()).allMatch(n -> n == 1);
            assertThat(o.store.list(DeliveryStatus.DELIVERED, 100, 0)).hasSize(40);
        }
    }
}
