package io.comptoir.store;

import io.comptoir.engine.ConversationEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * The SQL of conversation writes, in plain JDBC: each statement is prepared once per call and run as one batch
 * for all the writes given (the writes of one group commit). Measured on H2: JDBI binding and statement set-up
 * per turn cost more CPU than the inserts themselves.
 */
final class WriteStatements {
    static final String COLUMNS = "id, bot_id, token_hash, external_key, channel, status, stage, version, "
            + "turn_count, event_count, started_at, updated_at, qualification, contact_email, contact_phone, csat, "
            + "csat_comment, note_json";
    private static final String INSERT_CONVERSATION = "INSERT INTO conversations (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_CONVERSATION = "UPDATE conversations SET version = version + 1, stage = ?, "
            + "status = ?, turn_count = turn_count + ?, event_count = event_count + ?, updated_at = ?, "
            + "external_key = COALESCE(?, external_key), csat = COALESCE(?, csat), "
            + "csat_comment = COALESCE(?, csat_comment), note_json = COALESCE(?, note_json), "
            + "qualification = COALESCE(?, qualification), contact_email = COALESCE(?, contact_email), "
            + "contact_phone = COALESCE(?, contact_phone) WHERE id = ? AND version = ?";
    private static final String INSERT_TURN = "INSERT INTO conversation_turns "
            + "(conversation_id, seq, role, text, buttons, at, client_message_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO conversation_events "
            + "(conversation_id, bot_id, seq, type, at, payload) VALUES (?, ?, ?, ?, ?, ?)";

    private WriteStatements() {}

    /**
     * Runs the writes in the caller's transaction and tells which were kept: an update whose conversation moved
     * past its version writes nothing. Two writes of one conversation at the same version: the first one wins.
     */
    static boolean[] apply(Connection c, List<? extends Write> writes) throws SQLException {
        boolean[] kept = new boolean[writes.size()];
        createConversations(c, writes, kept);
        updateConversations(c, writes, kept);
        insertTurns(c, writes, kept);
        insertEvents(c, writes, kept);
        return kept;
    }

    /** A statement prepared on first use, run once as a batch, then closed. */
    private static final class LazyBatch implements AutoCloseable {
        private final Connection connection;
        private final String sql;
        private PreparedStatement ps;

        LazyBatch(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        PreparedStatement next() throws SQLException {
            if (ps == null) ps = connection.prepareStatement(sql);
            return ps;
        }

        /** Runs the batch; the update count of each row added, or nothing when no row was. */
        int[] execute() throws SQLException { return ps == null ? new int[0] : ps.executeBatch(); }

        @Override
        public void close() throws SQLException {
            if (ps != null) ps.close();
        }
    }

    private static void createConversations(Connection c, List<? extends Write> writes, boolean[] kept)
            throws SQLException {
        try (LazyBatch batch = new LazyBatch(c, INSERT_CONVERSATION)) {
            for (int i = 0; i < writes.size(); i++) {
                if (!(writes.get(i) instanceof Write.Create w)) continue;
                PreparedStatement ps = batch.next();
                ConversationRecord r = w.row();
                int p = 0;
                ps.setString(++p, r.id());
                ps.setString(++p, r.botId());
                ps.setString(++p, r.tokenHash());
                ps.setString(++p, r.externalKey());
                ps.setString(++p, r.channel());
                ps.setString(++p, r.status());
                ps.setString(++p, r.stage());
                ps.setInt(++p, w.turns().size());
                ps.setInt(++p, w.events().size());
                ps.setTimestamp(++p, ConversationStore.ts(r.startedAt()));
                ps.setTimestamp(++p, ConversationStore.ts(r.updatedAt()));
                ps.setString(++p, r.qualification());
                ps.setString(++p, r.contactEmail());
                ps.setString(++p, r.contactPhone());
                setInt(ps, ++p, r.csat());
                ps.setString(++p, r.csatComment());
                ps.setString(++p, r.noteJson());
                ps.addBatch();
                kept[i] = true;
            }
            batch.execute();
        }
    }

    private static void updateConversations(Connection c, List<? extends Write> writes, boolean[] kept)
            throws SQLException {
        int[] index = new int[writes.size()];
        int n = 0;
        try (LazyBatch batch = new LazyBatch(c, UPDATE_CONVERSATION)) {
            for (int i = 0; i < writes.size(); i++) {
                if (!(writes.get(i) instanceof Write.Update w)) continue;
                PreparedStatement ps = batch.next();
                ConversationUpdate u = w.update();
                NoteFields note = u.note();
                int p = 0;
                ps.setString(++p, u.stage());
                ps.setString(++p, u.status());
                ps.setInt(++p, u.turns().size());
                ps.setInt(++p, u.events().size());
                ps.setTimestamp(++p, ConversationStore.ts(u.at()));
                ps.setString(++p, u.externalKey());
                setInt(ps, ++p, u.csat());
                ps.setString(++p, u.csatComment());
                ps.setString(++p, note == null ? null : note.json());
                ps.setString(++p, note == null ? null : note.qualification());
                ps.setString(++p, note == null ? null : note.email());
                ps.setString(++p, note == null ? null : note.phone());
                ps.setString(++p, w.current().id());
                ps.setInt(++p, w.current().version());
                ps.addBatch();
                index[n++] = i;
            }
            int[] counts = batch.execute();
            for (int k = 0; k < n; k++) kept[index[k]] = counts[k] > 0 || counts[k] == Statement.SUCCESS_NO_INFO;
        }
    }

    private static void insertTurns(Connection c, List<? extends Write> writes, boolean[] kept) throws SQLException {
        try (LazyBatch batch = new LazyBatch(c, INSERT_TURN)) {
            for (int i = 0; i < writes.size(); i++) {
                if (!kept[i]) continue;
                Write w = writes.get(i);
                int seq = base(w, true);
                for (TurnLine l : w.turns()) {
                    PreparedStatement ps = batch.next();
                    ps.setString(1, w.conversationId());
                    ps.setInt(2, ++seq);
                    ps.setString(3, l.role() == TurnLine.Role.CLIENT ? "client" : "bot");
                    ps.setString(4, l.text());
                    ps.setString(5, Buttons.json(l.buttons()));
                    ps.setTimestamp(6, ConversationStore.ts(l.at()));
                    ps.setString(7, l.clientMessageId());
                    ps.addBatch();
                }
            }
            batch.execute();
        }
    }

    private static void insertEvents(Connection c, List<? extends Write> writes, boolean[] kept) throws SQLException {
        try (LazyBatch batch = new LazyBatch(c, INSERT_EVENT)) {
            for (int i = 0; i < writes.size(); i++) {
                if (!kept[i]) continue;
                Write w = writes.get(i);
                int seq = base(w, false);
                for (ConversationEvent e : w.events()) {
                    PreparedStatement ps = batch.next();
                    ps.setString(1, w.conversationId());
                    ps.setString(2, w.botId());
                    ps.setInt(3, ++seq);
                    ps.setString(4, e.type());
                    ps.setTimestamp(5, ConversationStore.ts(e.at()));
                    ps.setString(6, EventJson.payload(e));
                    ps.addBatch();
                }
            }
            batch.execute();
        }
    }

    /** The sequence number the write's first line (or event) follows. */
    private static int base(Write w, boolean turns) {
        if (w instanceof Write.Update u) return turns ? u.current().turnCount() : u.current().eventCount();
        return 0;
    }

    private static void setInt(PreparedStatement ps, int p, Integer value) throws SQLException {
        if (value == null) ps.setNull(p, Types.INTEGER);
        else ps.setInt(p, value);
    }
}
