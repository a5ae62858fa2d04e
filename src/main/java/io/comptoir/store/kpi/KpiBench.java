package io.comptoir.store.kpi;

import io.comptoir.ComptoirException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Scales a simulated base up for report benchmarks: replica k of the base conversations is the same traffic
 * shifted {@code (k % 12) × 30} days back, with its counters on another shard. Its roll-ups are the base's
 * roll-ups shifted the same way (exactly what the listener would have written for the copied events), and the
 * raw events can be copied too (ids suffixed ~k) so the tables have their real size.
 */
public final class KpiBench {
    static final int SPREAD_MONTHS = 12;
    private final Jdbi jdbi;
    private final String botId;

    private record Row(LocalDate day, String metric, String bucket, int shard) {}

    public KpiBench(Jdbi jdbi, String botId) {
        this.jdbi = jdbi;
        this.botId = botId;
    }

    /** Conversations of the bot in the base (not replicas). */
    public int baseConversations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversation_events WHERE bot_id = :b"
                        + " AND type = 'conversation_started' AND conversation_id NOT LIKE '%~%'")
                .bind("b", botId).mapTo(Integer.class).one());
    }

    /** Rewrites the bot's roll-ups as base + replicas 1..replicas-1 (replicas = total / base). */
    public void rollups(int replicas) {
        jdbi.useTransaction(h -> {
            Map<Row, Long> base = new HashMap<>();
            h.createQuery("SELECT stat_day, metric, bucket, shard, amount FROM kpi_daily WHERE bot_id = :b")
                    .bind("b", botId)
                    .map((rs, ctx) -> base.merge(new Row(rs.getObject(1, LocalDate.class), rs.getString(2),
                            rs.getString(3), rs.getInt(4)), rs.getLong(5), Long::sum)).forEach(x -> { });
            if (base.isEmpty()) throw new ComptoirException.InvalidInput("no roll-ups for bot '" + botId
                    + "' in this database: run `comptoir simulate` on it first");
            Map<Row, Long> baseOnly = baseRows(h, base);
            Map<Row, Long> all = new HashMap<>();
            for (int k = 0; k < replicas; k++) {
                int shift = (k % SPREAD_MONTHS) * 30;
                for (var e : baseOnly.entrySet()) {
                    Row r = e.getKey();
                    all.merge(new Row(r.day().minusDays(shift), r.metric(), r.bucket(),
                            (r.shard() + k) % RollupTables.SHARDS), e.getValue(), Long::sum);
                }
            }
            h.createUpdate("DELETE FROM kpi_daily WHERE bot_id = :b").bind("b", botId).execute();
            PreparedBatch b = null;
            for (var e : all.entrySet()) {
                if (b == null) b = h.prepareBatch("INSERT INTO kpi_daily (bot_id, stat_day, metric, bucket, shard, amount)"
                        + " VALUES (:bot, :day, :m, :bucket, :shard, :v)");
                Row r = e.getKey();
                b.bind("bot", botId).bind("day", r.day()).bind("m", r.metric()).bind("bucket", r.bucket())
                        .bind("shard", r.shard()).bind("v", e.getValue()).add();
                if (b.size() >= 5000) {
                    b.execute();
                    b = null;
                }
            }
            if (b != null) b.execute();
        });
    }

    /** The base's own roll-ups, saved once in kpi_bench_base so replicas are always built from the original. */
    private Map<Row, Long> baseRows(Handle h, Map<Row, Long> current) {
        h.execute("CREATE TABLE IF NOT EXISTS kpi_bench_base (bot_id VARCHAR(100), stat_day DATE, metric VARCHAR(32),"
                + " bucket VARCHAR(160), shard SMALLINT, amount BIGINT)");
        int saved = h.createQuery("SELECT COUNT(*) FROM kpi_bench_base WHERE bot_id = :b").bind("b", botId)
                .mapTo(Integer.class).one();
        if (saved == 0) {
            PreparedBatch b = h.prepareBatch("INSERT INTO kpi_bench_base VALUES (:bot, :day, :m, :bucket, :shard, :v)");
            current.forEach((r, v) -> b.bind("bot", botId).bind("day", r.day()).bind("m", r.metric())
                    .bind("bucket", r.bucket()).bind("shard", r.shard()).bind("v", v).add());
            b.execute();
            return current;
        }
        Map<Row, Long> base = new HashMap<>();
        h.createQuery("SELECT stat_day, metric, bucket, shard, amount FROM kpi_bench_base WHERE bot_id = :b")
                .bind("b", botId)
                .map((rs, ctx) -> base.merge(new Row(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getInt(4)), rs.getLong(5), Long::sum)).forEach(x -> { });
        return base;
    }

    /** Copies the base's raw events for replicas {@code from..to-1}; returns the rows inserted. */
    public long copyEvents(int from, int to) {
        long n = 0;
        for (int k = from; k < to; k++) {
            int shift = (k % SPREAD_MONTHS) * 30;
            int replica = k;
            n += jdbi.inTransaction(h -> {
                String at = RollupTables.detectPostgres(h) ? "at - CAST(:shift || ' days' AS INTERVAL)"
                        : "DATEADD(DAY, -:shift, at)";
                return h.createUpdate("INSERT INTO conversation_events (conversation_id, bot_id, seq, type, at, payload)"
                                + " SELECT conversation_id || :suffix, bot_id, seq, type, " + at + ", payload"
                                + " FROM conversation_events WHERE bot_id = :b AND conversation_id NOT LIKE '%~%'")
                        .bind("suffix", "~" + replica).bind("shift", RollupTables.detectPostgres(h) ? (Object) ("" + shift) : shift)
                        .bind("b", botId).execute();
            });
        }
        return n;
    }

    /** Rows in the bot's roll-ups and in the whole event log. */
    public List<Long> sizes() {
        return jdbi.withHandle(h -> List.of(
                h.createQuery("SELECT COUNT(*) FROM kpi_daily WHERE bot_id = :b").bind("b", botId).mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM conversation_events").mapTo(Long.class).one()));
    }
}
