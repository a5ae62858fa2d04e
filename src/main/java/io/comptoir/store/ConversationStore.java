package io.comptoir.store;

import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.UserTurn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Durable conversations: rows, transcript lines, the current note and the event log. Every write is one
 * transaction guarded by the conversation's version column (optimistic locking), so several server processes
 * can share one database; a write that lost the race returns false and the caller retries on fresh data.
 */
public final class ConversationStore {
    private static final String COLUMNS = WriteStatements.COLUMNS;

    private final Jdbi jdbi;
    private final List<EventAppendListener> listeners = new CopyOnWriteArrayList<>();
    private final BatchWriter writer;
    /*
     * Group-commit lanes: each conversation always goes to the same lane (by the hash of its id); each lane has its
     * own writer thread and transaction. On PostgreSQL, several lanes keep several commits (and their fsyncs) in
     * flight. On H2, one lane is faster: MVStore writes every changed page at each commit, so fewer, larger commits
     * write less (measured: 4 lanes cost 40% more CPU per turn and grew the file 2.5 times faster). Each lane's
     * thread adds to KPI counter rows of its own shard (RollupTables), so lanes do not wait on each other there. -Dcomptoir.group-commit-lanes=1|2|4|8 overrides it, for measurements.
     */
    private final GroupCommit[] lanes;
    private final boolean singleProcess;

    public ConversationStore(Jdbi jdbi) {
        this(jdbi, true);
    }

    /** @param groupCommit whether concurrent turn writes share transactions and commits (the default) */
    public ConversationStore(Jdbi jdbi, boolean groupCommit) {
        this.jdbi = jdbi;
        this.writer = new BatchWriter(jdbi, listeners);
        String url = jdbcUrl(jdbi);
        this.singleProcess = embedded(url);
        if (groupCommit) {
            int n = lanes(Integer.getInteger("comptoir.group-commit-lanes", url.startsWith("jdbc:postgresql:") ? 4 : 1));
            lanes = new GroupCommit[n];
            long interval = singleProcess ? GroupCommit.H2_MIN_INTERVAL_NANOS : 0;
            for (int i = 0; i < n; i++) lanes[i] = new GroupCommit(writer, "comptoir-group-commit-" + i, interval);
        } else {
            lanes = null;
        }
    }

    private static int lanes(int wanted) {
        return wanted == 1 || wanted == 2 || wanted == 4 || wanted == 8 ? wanted : 1;
    }

    private static String jdbcUrl(Jdbi jdbi) {
        try {
            return jdbi.withHandle(h -> h.getConnection().getMetaData().getURL());
        } catch (SQLException | RuntimeException e) {
            return "";
        }
    }

    /** An embedded H2 database (a file locked by this process, or in memory): no other process writes it. */
    private static boolean embedded(String url) {
        String u = url.toUpperCase(java.util.Locale.ROOT);
        return u.startsWith("JDBC:H2:") && !u.startsWith("JDBC:H2:TCP:") && !u.startsWith("JDBC:H2:SSL:")
                && !u.contains("AUTO_SERVER=TRUE");
    }

    /** Whether only this process writes the database (then what it wrote last is what is stored). */
    public boolean singleProcess() { return singleProcess; }

    private boolean write(Write w) {
        if (lanes != null) return lanes[Math.floorMod(w.conversationId().hashCode(), lanes.length)].submit(w);
        Object outcome = writer.write(List.of(w))[0];
        if (outcome instanceof RuntimeException e) throw e;
        return (Boolean) outcome;
    }

    public Jdbi jdbi() { return jdbi; }

    /** Whether the store answers through the pool (Database#problem is faster when the server is unreachable). */
    public Optional<String> problem() {
        try {
            jdbi.useHandle(h -> h.execute("SELECT 1"));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Database.rootMessage(e));
        }
    }

    /** Registers a listener called in the transaction of every event append (e.g. KPI roll-ups). */
    public void addListener(EventAppendListener listener) { listeners.add(listener); }

    /** Inserts a new conversation (version 1) with its first lines, events and note in one transaction. */
    public void create(ConversationRecord row, List<TurnLine> turns, List<ConversationEvent> events) {
        write(new Write.Create(row, turns, events));
    }

    /**
     * Appends to a conversation if it is still at {@code current.version()}; returns false when another writer got
     * there first (nothing is written then).
     */
    public boolean update(ConversationRecord current, ConversationUpdate u) {
        return write(new Write.Update(current, u));
    }

    public Optional<ConversationRecord> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conversations WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    public Optional<ConversationRecord> findByExternalKey(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conversations WHERE external_key = :k")
                .bind("k", key).map((rs, ctx) -> row(rs)).findOne());
    }

    /** The most recently updated conversation whose external key starts with {@code prefix} (taken literally). */
    public Optional<ConversationRecord> latestByExternalKeyPrefix(String prefix) {
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conversations "
                        + "WHERE external_key LIKE :p ESCAPE '\\' ORDER BY updated_at DESC, id DESC LIMIT 1")
                .bind("p", pattern).map((rs, ctx) -> row(rs)).findFirst());
    }

    /** Whether a token hash belongs to some conversation (tells a client token from a wrong key). */
    public boolean isClientToken(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversations WHERE token_hash = :t")
                .bind("t", tokenHash).mapTo(Integer.class).one()) > 0;
    }

    /** The whole transcript in order. */
    public List<TurnLine> lines(String conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT role, text, buttons, at FROM conversation_turns "
                        + "WHERE conversation_id = :id ORDER BY seq")
                .bind("id", conversationId)
                .map((rs, ctx) -> line(rs))
                .list());
    }

    /**
     * The bot lines that answered the client message stored with {@code clientMessageId}, or empty when no
     * message of this conversation has that id.
     */
    public Optional<List<TurnLine>> answerTo(String conversationId, String clientMessageId) {
        return jdbi.withHandle(h -> {
            Optional<Integer> seq = h.createQuery("SELECT seq FROM conversation_turns WHERE conversation_id = :id "
                            + "AND client_message_id = :m").bind("id", conversationId).bind("m", clientMessageId)
                    .mapTo(Integer.class).findOne();
            if (seq.isEmpty()) return Optional.<List<TurnLine>>empty();
            List<TurnLine> after = h.createQuery("SELECT role, text, buttons, at FROM conversation_turns "
                            + "WHERE conversation_id = :id AND seq > :seq ORDER BY seq")
                    .bind("id", conversationId).bind("seq", seq.get())
                    .map((rs, ctx) -> line(rs))
                    .list();
            List<TurnLine> answer = new java.util.ArrayList<>();
            for (TurnLine l : after) {
                if (l.role() == TurnLine.Role.CLIENT) break;
                answer.add(l);
            }
            return Optional.of(answer);
        });
    }

    /** The client messages alone, as the engine replays them. */
    public List<UserTurn> clientTurns(String conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT text, at FROM conversation_turns "
                        + "WHERE conversation_id = :id AND role = 'client' ORDER BY seq")
                .bind("id", conversationId)
                .map((rs, ctx) -> new UserTurn(rs.getString("text"), instant(rs, "at"))).list());
    }

    /** The event log of a conversation, in order. */
    public List<ConversationEvent> events(String conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT type, at, payload FROM conversation_events "
                        + "WHERE conversation_id = :id ORDER BY seq")
                .bind("id", conversationId)
                .map((rs, ctx) -> EventJson.read(rs.getString("type"), instant(rs, "at"), rs.getString("payload")))
                .list());
    }

    /** Active conversations whose last activity is before {@code before}, oldest first. */
    public List<String> idleSince(Instant before, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM conversations WHERE status = 'active' "
                        + "AND updated_at < :before ORDER BY updated_at LIMIT :limit")
                .bind("before", ts(before)).bind("limit", limit).mapTo(String.class).list());
    }

    public List<ConversationRecord> list(ConversationFilter f) {
        return ConversationQueries.list(jdbi, COLUMNS, f, (rs) -> row(rs));
    }

    /**
     * Erases a conversation: transcript, note, contact data, deliveries and recontact keys; the events stay for
     * KPIs, without personal data.
     */
    public boolean erase(String conversationId) {
        boolean erased = jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM conversation_turns WHERE conversation_id = :id").bind("id", conversationId).execute();
            scrubEvents(h, conversationId);
            io.comptoir.lifecycle.Forget.derived(h, conversationId); // #17: deliveries and recontact keys go too
            return h.createUpdate("DELETE FROM conversations WHERE id = :id").bind("id", conversationId).execute() > 0;
        });
        writer.flush(); // an erasure is on disk when the caller is told it is done
        return erased;
    }

    /** Ids of the conversations linked to a normalised email or phone (see ConversationQueries#linkedTo). */
    public List<String> linkedTo(String email, String phone) {
        return ConversationQueries.linkedTo(jdbi, email, phone);
    }

    /** Forgets a contact's KPI key (the recontact sighting), whichever conversation it points at. */
    public void forgetContactKey(String contactKey) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM kpi_contact WHERE contact_key = :k").bind("k", contactKey).execute());
    }

    private static void scrubEvents(Handle h, String conversationId) {
        List<String[]> rows = h.createQuery("SELECT seq, type, payload FROM conversation_events "
                        + "WHERE conversation_id = :id AND type = 'cta_accepted'")
                .bind("id", conversationId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] r : rows) {
            h.createUpdate("UPDATE conversation_events SET payload = :p WHERE conversation_id = :id AND seq = :seq")
                    .bind("p", EventJson.scrubbed(r[1], r[2])).bind("id", conversationId)
                    .bind("seq", Integer.parseInt(r[0])).execute();
        }
    }

    private static TurnLine line(ResultSet rs) throws SQLException {
        return new TurnLine(TurnLine.Role.valueOf(rs.getString("role").toUpperCase()), rs.getString("text"),
                Buttons.parse(rs.getString("buttons")), instant(rs, "at"));
    }

    static Timestamp ts(Instant i) { return i == null ? null : Timestamp.from(i); }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static ConversationRecord row(ResultSet rs) throws SQLException {
        int csat = rs.getInt("csat");
        Integer csatValue = rs.wasNull() ? null : csat;
        return new ConversationRecord(rs.getString("id"), rs.getString("bot_id"), rs.getString("token_hash"),
                rs.getString("external_key"), rs.getString("channel"), rs.getString("status"), rs.getString("stage"),
                rs.getInt("version"), rs.getInt("turn_count"), rs.getInt("event_count"), instant(rs, "started_at"),
                instant(rs, "updated_at"), rs.getString("qualification"), rs.getString("contact_email"),
                rs.getString("contact_phone"), csatValue, rs.getString("csat_comment"), rs.getString("note_json"));
    }
}
