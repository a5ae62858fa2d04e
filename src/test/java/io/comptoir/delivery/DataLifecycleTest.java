package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.lifecycle.RetentionSweeper;
import io.comptoir.store.TestDatabases;
import io.comptoir.store.kpi.KpiListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Retention and erasure, checked the way a data-protection officer would: every row of every table is read,
 * and nothing of an expired or erased conversation is left but counts. (Here, with the outbox it feeds.)
 */
class DataLifecycleTest {
    static final String EMAIL = "claire.martin@exemple.fr";

    /** Every row of every table of the schema, as text, one string per row. */
    static List<String> everyRow(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            List<String> rows = new ArrayList<>();
            for (String t : h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                    .mapTo(String.class).list()) {
                h.createQuery("SELECT * FROM \"" + t + "\"").mapToMap().forEach(r -> rows.add(t + ": " + r));
            }
            return rows;
        });
    }

    static long count(Jdbi jdbi, String table, String conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE conversation_id = :id")
                .bind("id", conversationId).mapTo(Long.class).one());
    }

    static long kpiTotal(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM kpi_daily").mapTo(Long.class).one());
    }

    Outboxes outboxes(Jdbi jdbi, MovableClock clock) {
        Outboxes o = new Outboxes(jdbi, clock, "http://127.0.0.1:9/unused");
        o.service.store().addListener(KpiListener.forBots(id -> Optional.empty()));
        return o;
    }

    /** A conversation that accepted a call to action with an e-mail (a recontact key) and ended. */
    static String converse(Outboxes o, String email) {
        String id = o.service.open("agence-web", "widget", null).conversationId();
        for (String text : List.of("Un site vitrine", email, "Demain matin", "oui")) o.service.post(id, text);
        return id;
    }

    @Test
    void retention_deletes_an_expired_conversation_with_everything_naming_it_and_keeps_the_counts() {
        try (var db = TestDatabases.h2()) {
            Jdbi jdbi = db.db().jdbi();
            MovableClock clock = new MovableClock();
            Outboxes o = outboxes(jdbi, clock);
            String old = converse(o, EMAIL);
            clock.advance(Duration.ofDays(29));
            String recent = converse(o, "recent@exemple.fr");
            clock.advance(Duration.ofDays(2));
            assertThat(count(jdbi, "deliveries", old)).isEqualTo(1);
            assertThat(count(jdbi, "kpi_contact", old)).as("the fixture has a recontact key").isEqualTo(1);
            long counts = kpiTotal(jdbi);

            int deleted = new RetentionSweeper(jdbi, Duration.ofDays(30), clock).sweep();

            assertThat(deleted).isEqualTo(1);
            assertThat(everyRow(jdbi)).noneMatch(r -> r.contains(old) || r.contains(EMAIL));
            assertThat(everyRow(jdbi)).anyMatch(r -> r.contains(recent));
            assertThat(count(jdbi, "deliveries", recent)).isEqualTo(1);
            assertThat(kpiTotal(jdbi)).as("the daily counters keep their counts").isEqualTo(counts);
        }
    }

    @Test
    void erasure_removes_pending_deliveries_and_recontact_keys_and_leaves_no_personal_data() {
        try (var db = TestDatabases.h2()) {
            Jdbi jdbi = db.db().jdbi();
            MovableClock clock = new MovableClock();
            Outboxes o = outboxes(jdbi, clock);
            String id = converse(o, EMAIL);
            assertThat(o.store.list(DeliveryStatus.PENDING, 10, 0)).hasSize(1);
            assertThat(count(jdbi, "kpi_contact", id)).isEqualTo(1);
            long counts = kpiTotal(jdbi);

            assertThat(o.service.erase(id)).isTrue();

            assertThat(count(jdbi, "deliveries", id)).isZero();
            assertThat(count(jdbi, "kpi_contact", id)).isZero();
            assertThat(o.worker(clock).runOnce()).as("nothing left to send").isZero();
            assertThat(everyRow(jdbi)).noneMatch(r -> r.contains(EMAIL) || r.contains("Un site vitrine")
                    || r.contains("Demain matin"));
            assertThat(kpiTotal(jdbi)).isEqualTo(counts);
        }
    }
}
