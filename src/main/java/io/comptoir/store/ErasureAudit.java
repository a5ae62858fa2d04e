package io.comptoir.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The erasure audit log (table erasure_audit): who erased, when, what kind of value, how many conversations. */
public final class ErasureAudit {
    /** One entry; {@code valueKey} is a truncated hash of the value, or the conversation id for a single erasure. */
    public record Entry(Instant at, String actor, String clientIp, String kind, String valueKey, boolean dryRun,
                        int conversations) {}

    private final Jdbi jdbi;

    public ErasureAudit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(Entry e) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO erasure_audit (at, actor, client_ip, kind, value_key, dry_run, "
                        + "conversations) VALUES (:at, :actor, :ip, :kind, :key, :dry, :n)")
                .bind("at", Timestamp.from(e.at())).bind("actor", e.actor()).bind("ip", e.clientIp())
                .bind("kind", e.kind()).bind("key", e.valueKey()).bind("dry", e.dryRun()).bind("n", e.conversations())
                .execute());
    }

    /** The latest entries first. */
    public List<Entry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT at, actor, client_ip, kind, value_key, dry_run, conversations "
                        + "FROM erasure_audit ORDER BY id DESC LIMIT :limit")
                .bind("limit", Math.max(1, Math.min(limit, 1000)))
                .map((rs, ctx) -> new Entry(ConversationStore.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("client_ip"), rs.getString("kind"), rs.getString("value_key"),
                        rs.getBoolean("dry_run"), rs.getInt("conversations")))
                .list());
    }
}
