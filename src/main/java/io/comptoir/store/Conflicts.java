package io.comptoir.store;

import java.sql.SQLException;

/** Recognises the database errors that mean "another writer touched this row": the caller retries. */
final class Conflicts {
    private Conflicts() {}

    static boolean isConcurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                int code = s.getErrorCode();
                // 23505/23000 duplicate key (a racing insert of the same turn seq), 40001 serialization failure,
                // 40P01 deadlock; H2: 90131 concurrent update, 50200 lock timeout.
                if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                        || code == 90131 || code == 50200 || (code == 23505)) return true;
            }
        }
        return false;
    }
}
