package io.comptoir.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.EndReason;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Conversations left idle end with reason timeout; active ones are left alone. */
class InactivitySweeperTest {
    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void a_conversation_idle_longer_than_the_timeout_ends_with_reason_timeout() {
        try (var db = TestDatabases.h2()) {
            SettableClock clock = new SettableClock();
            var service = new ConversationService(FakeBots.registry(), new ConversationStore(db.db().jdbi()), clock);
            Opened idle = service.open("agence-web", "widget", null);
            service.post(idle.conversationId(), "Un site vitrine");
            clock.now = clock.now.plus(Duration.ofMinutes(25));
            Opened recent = service.open("agence-web", "widget", null);
            clock.now = clock.now.plus(Duration.ofMinutes(10));

            int closed = new InactivitySweeper(service, Duration.ofMinutes(30), clock).sweep();

            assertThat(closed).isEqualTo(1);
            assertThat(service.find(idle.conversationId()).ended()).isTrue();
            assertThat(service.find(recent.conversationId()).ended()).isFalse();
            assertThat(service.store().events(idle.conversationId())).last()
                    .isEqualTo(new ConversationEvent.ConversationEnded(clock.now, EndReason.TIMEOUT));
            assertThat(new InactivitySweeper(service, Duration.ofMinutes(30), clock).sweep()).isZero();
        }
    }
}
