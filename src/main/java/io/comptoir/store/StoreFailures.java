package io.comptoir.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells, from a failure that escaped the store, whether the store is unwell (unreachable, closed, out of space) or
 * refused one value. The first is a 503 the client may retry; the second a 400; neither is a bug (500).
 */
public final class StoreFailures {
    private StoreFailures() {}

    public enum Kind { UNAVAILABLE, BAD_VALUE, OTHER }

    public static Kind classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException)
                return Kind.UNAVAILABLE;
            if (t instanceof org.jdbi.v3.core.ConnectionException) return Kind.UNAVAILABLE;
            // H2 raises its storage failures (file closed, disk full) as unchecked MVStore exceptions.
            if (t.getClass().getName().startsWith("org.h2.mvstore.")) return Kind.UNAVAILABLE;
            if (t instanceof SQLException s) {
                Kind k = classify(s);
                if (k != Kind.OTHER) return k;
            }
            if (t instanceof java.io.IOException io && String.valueOf(io.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("no space")) return Kind.UNAVAILABLE;
        }
        return Kind.OTHER;
    }

    private static Kind classify(SQLException s) {
        String state = s.getSQLState() == null ? "" : s.getSQLState();
        int code = s.getErrorCode();
        // 08: connection; 53: insufficient resources (53100 disk full); 57P: server shutting down; 58: I/O.
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("58"))
            return Kind.UNAVAILABLE;
        // H2: 90098 database closed, 90121 closed at shutdown, 90028/90031 I/O errors, 90108 out of memory.
        if (code == 90098 || code == 90121 || code == 90028 || code == 90031 || code == 90108)
            return Kind.UNAVAILABLE;
        // Class 22: data exception (a value too long, out of range, an invalid character for the encoding).
        if (state.startsWith("22")) return Kind.BAD_VALUE;
        return Kind.OTHER;
    }
}
