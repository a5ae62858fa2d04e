package io.comptoir.delivery.jdbc;

import io.comptoir.delivery.Delivery;
import io.comptoir.delivery.DeliveryStatus;
import io.comptoir.delivery.Outbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The deliveries table. Claiming is safe across processes: on PostgreSQL the due rows are selected
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never wait on or take the same rows; on both databases each row
 * is then taken with a conditional update (still pending and due), which only one transaction can win.
 */
public final class DeliveryStore implements Outbox {
    static final String COLUMNS = "id, conversation_id, bot_id, endpoint, event, body, status, attempts, next_at, "
            + "created_at, updated_at, last_status, last_error, progress";

    private final Jdbi jdbi;
    private final boolean postgres;

    public DeliveryStore(Jdbi jdbi, boolean postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    /** The store on a database, with SKIP LOCKED when it is PostgreSQL. */
    public static DeliveryStore on(Jdbi jdbi) {
        String product = jdbi.withHandle(h -> {
            try {
                return h.getConnection().getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                return "";
            }
        });
        return new DeliveryStore(jdbi, "PostgreSQL".equalsIgnoreCase(product));
    }

    /** Adds a pending delivery, due at once, on the caller's transaction (the one of the conversation's last turn). */
    static String insert(Handle h, String conversationId, String botId, String endpoint, String event, String body,
                         Instant at) {
        String id = "dlv_" + UUID.randomUUID().toString().replace("-", "");
        h.createUpdate("INSERT INTO deliveries (" + COLUMNS + ") VALUES (:id, :c, :b, :e, :ev, :body, 'pending', 0, "
                        + ":at, :at, :at, NULL, NULL, NULL)")
                .bind("id", id).bind("c", conversationId).bind("b", botId).bind("e", endpoint).bind("ev", event)
                .bind("body", body).bind("at", Timestamp.from(at)).execute();
        return id;
    }

    @Override
    public List<Delivery> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbi.inTransaction(h -> {
            List<String> due = h.createQuery("SELECT id FROM deliveries WHERE status = 'pending' AND next_at <= :now "
                            + "ORDER BY next_at LIMIT :n" + (postgres ? " FOR UPDATE SKIP LOCKED" : ""))
                    .bind("now", Timestamp.from(now)).bind("n", limit).mapTo(String.class).list();
            List<Delivery> claimed = new ArrayList<>();
            for (String id : due) {
                int won = h.createUpdate("UPDATE deliveries SET attempts = attempts + 1, next_at = :lease, "
                                + "updated_at = :now WHERE id = :id AND status = 'pending' AND next_at <= :now")
                        .bind("lease", Timestamp.from(leaseUntil)).bind("now", Timestamp.from(now)).bind("id", id)
                        .execute();
                if (won == 1) find(h, id).ifPresent(claimed::add);
            }
            return claimed;
        });
    }

    @Override
    public void settle(String id, Settlement s) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE deliveries SET status = :st, next_at = :next, updated_at = :at, "
                        + "last_status = :ls, last_error = :le, progress = COALESCE(:p, progress) WHERE id = :id")
                .bind("st", s.status().wireName()).bind("next", Timestamp.from(s.nextAt()))
                .bind("at", Timestamp.from(s.at())).bind("ls", s.lastStatus()).bind("le", clip(s.lastError()))
                .bind("p", s.progress()).bind("id", id).execute());
    }

    /** The newest deliveries first, of one status or all (null). */
    public List<Delivery> list(DeliveryStatus status, int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deliveries"
                        + (status == null ? "" : " WHERE status = :st") + " ORDER BY created_at DESC, id LIMIT :n OFFSET :o")
                .bind("st", status == null ? null : status.wireName()).bind("n", limit).bind("o", offset)
                .map((rs, ctx) -> row(rs)).list());
    }

    public Optional<Delivery> find(String id) { return jdbi.withHandle(h -> find(h, id)); }

    /**
     * Sends a dead or delivered delivery again, from its first try and under the same id (the receiver's
     * idempotency key stays that of the same note). False when it is unknown or already pending.
     */
    public boolean resend(String id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE deliveries SET status = 'pending', attempts = 0, "
                        + "next_at = :now, updated_at = :now, last_error = NULL, last_status = NULL "
                        + "WHERE id = :id AND status <> 'pending'")
                .bind("now", Timestamp.from(now)).bind("id", id).execute() == 1);
    }

    /** Deletes every delivery of a conversation, on the caller's transaction (erasure, retention). */
    public static int forget(Handle h, String conversationId) {
        return h.createUpdate("DELETE FROM deliveries WHERE conversation_id = :id").bind("id", conversationId).execute();
    }

    private static Optional<Delivery> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM deliveries WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs)).findOne();
    }

    private static String clip(String s) { return s == null || s.length() <= 2000 ? s : s.substring(0, 2000); }

    private static Delivery row(ResultSet rs) throws SQLException {
        int ls = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : ls;
        return new Delivery(rs.getString("id"), rs.getString("conversation_id"), rs.getString("bot_id"),
                rs.getString("endpoint"), rs.getString("event"), rs.getString("body"),
                DeliveryStatus.of(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"), lastStatus, rs.getString("last_error"),
                rs.getString("progress"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
