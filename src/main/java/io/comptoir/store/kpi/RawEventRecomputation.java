package io.comptoir.store.kpi;

import io.comptoir.engine.ConversationEvent;
import io.comptoir.kpi.Counts;
import io.comptoir.kpi.FunnelSteps;
import io.comptoir.kpi.Recomputation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** Recomputes the daily counters from conversation_events alone, streaming them one conversation at a time. */
public final class RawEventRecomputation {
    private RawEventRecomputation() {}

    /**
     * @param qualifications last qualification status per conversation id (from the notes), may be empty
     */
    public static Map<String, Map<LocalDate, Counts>> run(Handle h, Function<String, FunnelSteps> steps,
                                                          Duration reopenWindow, Map<String, String> qualifications) {
        Recomputation r = new Recomputation(steps, reopenWindow);
        String[] current = {null, null};
        List<ConversationEvent> events = new ArrayList<>();
        h.createQuery("SELECT conversation_id, bot_id, seq, type, at, payload FROM conversation_events"
                        + " ORDER BY conversation_id, seq")
                .setFetchSize(10_000)
                .map((rs, ctx) -> {
                    String id = rs.getString("conversation_id");
                    if (!id.equals(current[0])) {
                        flush(r, current, events, qualifications);
                        current[0] = id;
                        current[1] = rs.getString("bot_id");
                    }
                    events.add(io.comptoir.store.EventJson.read(rs.getString("type"), instant(rs, "at"), rs.getString("payload")));
                    return 0;
                }).forEach(x -> { });
        flush(r, current, events, qualifications);
        return r.result();
    }

    /** Recomputes with the qualification statuses stored on the conversations (the server's notes). */
    public static Map<String, Map<LocalDate, Counts>> run(Handle h, Function<String, FunnelSteps> steps) {
        Map<String, String> qualifications = new HashMap<>();
        h.createQuery("SELECT id, qualification FROM conversations WHERE qualification IS NOT NULL")
                .map((rs, ctx) -> qualifications.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
        return run(h, steps, io.comptoir.kpi.Recontacts.DEFAULT_WINDOW, qualifications);
    }

    private static void flush(Recomputation r, String[] current, List<ConversationEvent> events,
                              Map<String, String> qualifications) {
        if (current[0] != null && !events.isEmpty()) {
            r.conversation(current[0], current[1], List.copyOf(events), qualifications.get(current[0]));
        }
        events.clear();
    }

    /** Reads a timestamp column whether it is stored with or without a time zone (then taken as UTC). */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        try {
            OffsetDateTime o = rs.getObject(column, OffsetDateTime.class);
            if (o != null) return o.toInstant();
        } catch (SQLException | RuntimeException ignored) {
            // not a TIMESTAMP WITH TIME ZONE column
        }
        Timestamp t = rs.getTimestamp(column, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
        return t == null ? null : t.toInstant();
    }
}
