package io.comptoir.store.kpi;

import io.comptoir.kpi.ConversationTally;
import io.comptoir.kpi.CounterKey;
import io.comptoir.kpi.Counts;
import io.comptoir.kpi.Increment;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** SQL for the KPI tables (V2), on H2 and PostgreSQL. */
final class RollupTables {
    // Keep a multiple of the group-commit lane count (ConversationStore): each group-commit lane then owns its own counter rows.
    static final int SHARDS = 8;

    record Sighting(String conversationId, Instant at) {}

    Optional<ConversationTally> tally(Handle h, String conversationId) {
        return h.createQuery("SELECT conversation_id, bot_id, started_at_ms, stat_day, flags, furthest, qualification"
                        + " FROM kpi_conversation WHERE conversation_id = :id")
                .bind("id", conversationId)
                .map((rs, ctx) -> {
                    long ms = rs.getLong("started_at_ms");
                    Instant started = rs.wasNull() ? null : Instant.ofEpochMilli(ms);
                    return new ConversationTally(rs.getString("conversation_id"), rs.getString("bot_id"), started,
                            rs.getObject("stat_day", LocalDate.class), rs.getInt("flags"), rs.getInt("furthest"),
                            rs.getString("qualification"));
                }).findOne();
    }

    boolean exists(Handle h, String conversationId) {
        return h.createQuery("SELECT COUNT(*) FROM kpi_conversation WHERE conversation_id = :id")
                .bind("id", conversationId).mapTo(Integer.class).one() > 0;
    }

    private static final String INSERT_TALLY = "INSERT INTO kpi_conversation (conversation_id, bot_id, started_at_ms,"
            + " stat_day, flags, furthest, qualification) VALUES (:id, :bot, :started, :day, :flags, :furthest, :q)";
    private static final String UPDATE_TALLY = "UPDATE kpi_conversation SET started_at_ms = :started, stat_day = :day,"
            + " flags = :flags, furthest = :furthest, qualification = :q WHERE conversation_id = :id";

    void saveTally(Handle h, ConversationTally t, boolean insert) {
        bindTally(h.createUpdate(insert ? INSERT_TALLY : UPDATE_TALLY), t).execute();
    }

    /** Writes the tallies a group commit kept, one batch of inserts and one of updates. */
    void saveTallies(Handle h, List<TallyCache.Pending> pending) {
        PreparedBatch inserts = h.prepareBatch(INSERT_TALLY);
        PreparedBatch updates = h.prepareBatch(UPDATE_TALLY);
        for (TallyCache.Pending p : pending) bindTally(p.insert() ? inserts : updates, p.known().tally()).add();
        if (inserts.size() > 0) inserts.execute();
        if (updates.size() > 0) updates.execute();
    }

    private static <S extends SqlStatement<S>> S bindTally(S statement, ConversationTally t) {
        return statement.bind("id", t.conversationId()).bind("bot", t.botId())
                .bind("started", t.startedAt() == null ? null : t.startedAt().toEpochMilli())
                .bind("day", t.day()).bind("flags", t.flags()).bind("furthest", t.furthest())
                .bind("q", t.qualification());
    }

    Optional<Sighting> lastSighting(Handle h, String botId, String key) {
        return h.createQuery("SELECT conversation_id, seen_at_ms FROM kpi_contact WHERE bot_id = :bot AND contact_key = :k")
                .bind("bot", botId).bind("k", key)
                .map((rs, ctx) -> new Sighting(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)))).findOne();
    }

    void saveSighting(Handle h, String botId, String key, String conversationId, Instant at, boolean insert) {
        String sql = insert
                ? "INSERT INTO kpi_contact (bot_id, contact_key, conversation_id, seen_at_ms) VALUES (:bot, :k, :c, :at)"
                : "UPDATE kpi_contact SET conversation_id = :c, seen_at_ms = :at WHERE bot_id = :bot AND contact_key = :k";
        h.createUpdate(sql).bind("bot", botId).bind("k", key).bind("c", conversationId).bind("at", at.toEpochMilli())
                .execute();
    }

    /** One counter change for one row of kpi_daily. */
    private record Row(String botId, int shard, Increment increment) {
        String key() {
            return botId + "|" + increment.day() + "|" + increment.metric() + "|" + increment.bucket() + "|" + shard;
        }

        Row plus(long delta) {
            Increment i = increment;
            return new Row(botId, shard, new Increment(i.day(), i.metric(), i.bucket(), i.delta() + delta));
        }
    }

    /** Increments buffered during a group commit: those of the current write, and those of the writes kept. */
    private static final class Deferred {
        final int shard = WRITER_SHARD.get();
        final List<Row> staged = new ArrayList<>();
        final Map<String, Row> kept = new TreeMap<>(); // sorted: rows are locked in the same order by everyone
    }

    /*
     * In a group commit, all the increments of a batch go to the writer thread's own shard: a batch then updates
     * each counter row once (about ten rows) instead of once per shard its conversations hash to (measured: eight
     * times more rows, 10% of the server's CPU on H2). Writer threads take shards in turn, so the lanes of one
     * process do not share counter rows; another process may, which only means a short lock wait.
     */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_SHARD = new java.util.concurrent.atomic.AtomicInteger();
    private static final ThreadLocal<Integer> WRITER_SHARD =
            ThreadLocal.withInitial(() -> Math.floorMod(NEXT_SHARD.getAndIncrement(), SHARDS));

    // Keyed by handle identity: only the group-commit writer's transaction is buffered, other callers write directly.
    private final Map<Handle, Deferred> deferred = new ConcurrentHashMap<>();

    void defer(Handle h) { deferred.put(h, new Deferred()); }

    void settle(Handle h, boolean kept) {
        Deferred d = deferred.get(h);
        if (d == null) return;
        if (kept) for (Row r : d.staged) d.kept.merge(r.key(), r, (a, b) -> a.plus(b.increment().delta()));
        d.staged.clear();
    }

    void flush(Handle h) {
        Deferred d = deferred.get(h);
        if (d == null) return;
        List<Row> rows = new ArrayList<>(d.kept.values());
        d.kept.clear();
        d.staged.clear();
        rows.removeIf(r -> r.increment().delta() == 0);
        write(h, rows);
    }

    void endDefer(Handle h) { deferred.remove(h); }

    /** Adds increments, summed per counter and in a fixed order so concurrent transactions lock rows alike. */
    void add(Handle h, String botId, String conversationId, List<Increment> increments) {
        if (increments.isEmpty()) return;
        Map<String, Increment> summed = new TreeMap<>();
        for (Increment i : increments) {
            String k = i.day() + "|" + i.metric() + "|" + i.bucket();
            Increment prev = summed.get(k);
            summed.put(k, prev == null ? i : new Increment(i.day(), i.metric(), i.bucket(), prev.delta() + i.delta()));
        }
        summed.values().removeIf(i -> i.delta() == 0);
        if (summed.isEmpty()) return;
        Deferred d = deferred.get(h);
        int shard = d != null ? d.shard : Math.floorMod(conversationId.hashCode(), SHARDS);
        List<Row> rows = new ArrayList<>(summed.size());
        for (Increment i : summed.values()) rows.add(new Row(botId, shard, i));
        if (d != null) d.staged.addAll(rows);
        else write(h, rows);
    }

    private void write(Handle h, List<Row> rows) {
        if (rows.isEmpty()) return;
        if (isPostgres(h)) addPostgres(h, rows);
        else addH2(h, rows);
    }

    /** H2: one batch of updates, then one of inserts for the rows that did not exist yet. */
    private static void addH2(Handle h, List<Row> rows) {
        PreparedBatch updates = h.prepareBatch("UPDATE kpi_daily SET amount = amount + :d WHERE bot_id = :bot"
                + " AND stat_day = :day AND metric = :metric AND bucket = :bucket AND shard = :shard");
        for (Row r : rows) bind(updates, r);
        int[] counts = updates.execute();
        List<Row> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) if (counts[i] == 0) missing.add(rows.get(i));
        if (missing.isEmpty()) return;
        PreparedBatch inserts = h.prepareBatch("INSERT INTO kpi_daily (bot_id, stat_day, metric, bucket, shard, amount)"
                + " VALUES (:bot, :day, :metric, :bucket, :shard, :d)");
        for (Row r : missing) bind(inserts, r);
        h.savepoint("kpi_daily_inserts");
        try {
            inserts.execute();
            h.releaseSavepoint("kpi_daily_inserts");
        } catch (UnableToExecuteStatementException ex) {
            // Another writer inserted one of these rows first: undo the whole batch, then go row by row.
            h.rollbackToSavepoint("kpi_daily_inserts");
            for (Row r : missing) addH2(h, r.botId(), r.shard(), r.increment());
        }
    }

    private static void bind(PreparedBatch b, Row r) {
        Increment i = r.increment();
        b.bind("bot", r.botId()).bind("day", i.day()).bind("metric", i.metric().name()).bind("bucket", i.bucket())
                .bind("shard", r.shard()).bind("d", i.delta()).add();
    }

    private static void addPostgres(Handle h, List<Row> rows) {
        PreparedBatch b = h.prepareBatch("INSERT INTO kpi_daily (bot_id, stat_day, metric, bucket, shard, amount)"
                + " VALUES (:bot, :day, :metric, :bucket, :shard, :d)"
                + " ON CONFLICT (bot_id, stat_day, metric, bucket, shard) DO UPDATE SET amount = kpi_daily.amount + EXCLUDED.amount");
        for (Row r : rows) {
            Increment i = r.increment();
            b.bind("bot", r.botId()).bind("day", i.day()).bind("metric", i.metric().name()).bind("bucket", i.bucket())
                    .bind("shard", r.shard()).bind("d", i.delta()).add();
        }
        b.execute();
    }

    /** H2 has no atomic increment-or-insert: update, else insert, and if another transaction inserted first, update. */
    private static void addH2(Handle h, String botId, int shard, Increment i) {
        if (updateH2(h, botId, shard, i) > 0) return;
        try {
            h.createUpdate("INSERT INTO kpi_daily (bot_id, stat_day, metric, bucket, shard, amount)"
                            + " VALUES (:bot, :day, :metric, :bucket, :shard, :d)")
                    .bind("bot", botId).bind("day", i.day()).bind("metric", i.metric().name()).bind("bucket", i.bucket())
                    .bind("shard", shard).bind("d", i.delta()).execute();
        } catch (UnableToExecuteStatementException ex) {
            if (!(ex.getCause() instanceof SQLException sql) || !"23505".equals(sql.getSQLState())) throw ex;
            updateH2(h, botId, shard, i);
        }
    }

    private static int updateH2(Handle h, String botId, int shard, Increment i) {
        return h.createUpdate("UPDATE kpi_daily SET amount = amount + :d WHERE bot_id = :bot AND stat_day = :day"
                        + " AND metric = :metric AND bucket = :bucket AND shard = :shard")
                .bind("bot", botId).bind("day", i.day()).bind("metric", i.metric().name()).bind("bucket", i.bucket())
                .bind("shard", shard).bind("d", i.delta()).execute();
    }

    void replaceDaily(Handle h, Map<String, Map<LocalDate, Counts>> daily) {
        h.execute("DELETE FROM kpi_daily");
        PreparedBatch b = null;
        for (var bot : daily.entrySet()) {
            for (var day : bot.getValue().entrySet()) {
                for (Map.Entry<CounterKey, Long> c : day.getValue().asMap().entrySet()) {
                    if (b == null) b = h.prepareBatch("INSERT INTO kpi_daily (bot_id, stat_day, metric, bucket, shard, amount)"
                            + " VALUES (:bot, :day, :metric, :bucket, 0, :d)");
                    b.bind("bot", bot.getKey()).bind("day", day.getKey()).bind("metric", c.getKey().metric().name())
                            .bind("bucket", c.getKey().bucket()).bind("d", c.getValue()).add();
                    if (b.size() >= 5000) {
                        b.execute();
                        b = null;
                    }
                }
            }
        }
        if (b != null && b.size() > 0) b.execute();
    }

    private Boolean postgres;

    private boolean isPostgres(Handle h) {
        if (postgres == null) postgres = detectPostgres(h);
        return postgres;
    }

    static boolean detectPostgres(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
