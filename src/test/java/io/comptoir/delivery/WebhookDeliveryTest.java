package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.delivery.Receiver.Reply;
import io.comptoir.delivery.http.HttpTransport;
import io.comptoir.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A finished conversation reaches a real webhook receiver: signed, retried as the answers say, once per id. */
class WebhookDeliveryTest {
    /** What a receiver does, written from the README's description rather than with Comptoir's own class. */
    static boolean receiverAccepts(Receiver.Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((r.header("X-Comptoir-Timestamp") + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.body()));
        return expected.equals(r.header("X-Comptoir-Signature"));
    }

    @Test
    void a_finished_conversation_delivers_one_signed_request_that_the_receiver_verifies() throws Exception {
        try (var db = TestDatabases.h2(); var receiver = new Receiver()) {
            MovableClock clock = new MovableClock();
            Outboxes o = new Outboxes(db.db().jdbi(), clock, receiver.url("/hooks/comptoir"));
            String id = o.finished("claire@exemple.fr");

            assertThat(o.worker(clock).runOnce()).isEqualTo(1);

            assertThat(receiver.received()).hasSize(1);
            Receiver.Received r = receiver.received().get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/hooks/comptoir");
            assertThat(r.header("X-Comptoir-Event")).isEqualTo("conversation.ended");
            assertThat(r.header("X-Comptoir-Delivery")).startsWith("dlv_");
            assertThat(r.header("X-Comptoir-Timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(receiverAccepts(r, Outboxes.SECRET)).isTrue();
            assertThat(receiverAccepts(r, "another-secret")).isFalse();
            assertThat(r.text()).isEqualTo(o.service.find(id).noteJson()).contains("claire@exemple.fr");
            assertThat(o.store.list(null, 10, 0)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
                assertThat(d.id()).isEqualTo(r.header("X-Comptoir-Delivery"));
            });
            assertThat(o.worker(clock).runOnce()).isZero();
        }
    }

    @Test
    void a_receiver_failing_twice_then_succeeding_gives_one_delivered_row_three_attempts_and_one_id() throws Exception {
        try (var db = TestDatabases.h2(); var receiver = new Receiver()) {
            MovableClock clock = new MovableClock();
            Outboxes o = new Outboxes(db.db().jdbi(), clock, receiver.url("/in"));
            receiver.answerInTurn(Reply.status(503), Reply.status(500), Reply.ok("{}"));
            o.finished("marc@exemple.fr");
            DeliveryWorker worker = o.worker(clock);

            assertThat(worker.runOnce()).isEqualTo(1);
            assertThat(worker.runOnce()).as("not due before the backoff").isZero();
            clock.advance(Outboxes.BACKOFF);
            assertThat(worker.runOnce()).isEqualTo(1);
            clock.advance(Outboxes.BACKOFF.multipliedBy(2));
            assertThat(worker.runOnce()).isEqualTo(1);

            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received().stream().map(r -> r.header("X-Comptoir-Delivery")).distinct()).hasSize(1);
            assertThat(o.store.list(null, 10, 0)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
                assertThat(d.attempts()).isEqualTo(3);
            });
        }
    }

    @Test
    void retry_after_is_honoured_and_a_4xx_other_than_429_is_dead_at_once() throws Exception {
        try (var db = TestDatabases.h2(); var receiver = new Receiver()) {
            MovableClock clock = new MovableClock();
            Outboxes o = new Outboxes(db.db().jdbi(), clock, receiver.url("/in"));
            receiver.answerInTurn(new Reply(429, "slow down", Map.of("Retry-After", "600")), Reply.status(410));
            o.finished("lea@exemple.fr");
            DeliveryWorker worker = o.worker(clock);

            worker.runOnce();
            Delivery waiting = o.store.list(null, 1, 0).get(0);
            assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(waiting.nextAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(600)));
            assertThat(waiting.lastError()).isEqualTo("HTTP 429: slow down");
            clock.advance(Duration.ofSeconds(600));
            worker.runOnce();

            Delivery dead = o.store.list(null, 1, 0).get(0);
            assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(dead.attempts()).isEqualTo(2);
            assertThat(dead.lastStatus()).isEqualTo(410);
            clock.advance(Duration.ofDays(1));
            assertThat(worker.runOnce()).isZero();
        }
    }

    @Test
    void network_errors_are_retried_until_the_last_try_then_the_delivery_is_dead() throws Exception {
        try (var db = TestDatabases.h2()) {
            MovableClock clock = new MovableClock();
            Receiver gone = new Receiver();
            String url = gone.url("/in");
            gone.close();
            Outboxes o = new Outboxes(db.db().jdbi(), clock, url);
            o.finished("paul@exemple.fr");
            DeliveryWorker worker = o.worker(clock);
            for (int i = 0; i < 3; i++) {
                assertThat(worker.runOnce()).isEqualTo(1);
                clock.advance(Duration.ofHours(1));
            }
            Delivery dead = o.store.list(null, 1, 0).get(0);
            assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastError()).startsWith("network error");
        }
    }

    @Test
    void a_crash_between_sending_and_marking_sent_gives_a_duplicate_with_the_same_id_never_a_loss() throws Exception {
        try (var db = TestDatabases.h2(); var receiver = new Receiver()) {
            MovableClock clock = new MovableClock();
            Outboxes o = new Outboxes(db.db().jdbi(), clock, receiver.url("/in"));
            o.finished("ines@exemple.fr");
            Transport http = new HttpTransport(clock);
            Transport crashingAfterSend = (d, e) -> {
                http.send(d, e);
                throw new IllegalStateException("killed before the delivery was marked sent");
            };
            try {
                o.worker(crashingAfterSend, clock).runOnce();
            } catch (IllegalStateException expected) {
                // the process "died" here
            }
            DeliveryWorker restarted = o.worker(clock);
            assertThat(restarted.runOnce()).as("still leased to the dead worker").isZero();
            clock.advance(DeliveryWorker.LEASE);
            assertThat(restarted.runOnce()).isEqualTo(1);

            assertThat(receiver.received()).hasSize(2);
            assertThat(receiver.received().stream().map(r -> r.header("X-Comptoir-Delivery")).distinct()).hasSize(1);
            assertThat(o.store.list(null, 10, 0)).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED));
        }
    }
}
