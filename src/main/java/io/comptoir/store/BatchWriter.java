package io.comptoir.store;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Commits a batch of conversation writes in one transaction, with the listeners' hooks around it. The fast way
 * runs each statement once for the whole batch; if anything fails there (a constraint, a deadlock with another
 * process), the batch is redone write by write, each under its own savepoint, so only the failing write fails.
 */
final class BatchWriter {
    private final Jdbi jdbi;
    private final List<EventAppendListener> listeners; // the store's live list
    private final Runnable flush; // writes committed changes to the file (embedded H2), before anyone is answered

    BatchWriter(Jdbi jdbi, List<EventAppendListener> listeners) {
        this.jdbi = jdbi;
        this.listeners = listeners;
        this.flush = H2Flush.of(jdbi);
    }

    /** Writes what was committed so far to the database file (embedded H2; PostgreSQL commits are durable). */
    void flush() { flush.run(); }

    /**
     * Writes the batch; each outcome is {@code Boolean} (kept, or false when the write lost an optimistic-locking
     * race and wrote nothing) or the {@code RuntimeException} that made that write fail.
     */
    Object[] write(List<Write> writes) {
        try {
            return transaction(h -> together(h, writes));
        } catch (RuntimeException together) {
            return transaction(h -> oneByOne(h, writes));
        }
    }

    private Object[] together(Handle h, List<Write> writes) {
        boolean[] kept;
        try {
            kept = WriteStatements.apply(h.getConnection(), writes);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Object[] outcomes = new Object[writes.size()];
        for (int i = 0; i < writes.size(); i++) {
            if (kept[i]) notifyAppended(h, writes.get(i));
            for (EventAppendListener l : listeners) l.writeFinished(h, kept[i]);
            outcomes[i] = kept[i];
        }
        for (EventAppendListener l : listeners) l.beforeCommit(h);
        return outcomes;
    }

    private Object[] oneByOne(Handle h, List<Write> writes) {
        Object[] outcomes = new Object[writes.size()];
        for (int i = 0; i < writes.size(); i++) {
            outcomes[i] = underSavepoint(h, writes.get(i), "w" + i);
            boolean kept = Boolean.TRUE.equals(outcomes[i]);
            for (EventAppendListener l : listeners) l.writeFinished(h, kept);
        }
        for (EventAppendListener l : listeners) l.beforeCommit(h);
        return outcomes;
    }

    private Object underSavepoint(Handle h, Write w, String savepoint) {
        h.savepoint(savepoint);
        try {
            boolean ok = WriteStatements.apply(h.getConnection(), List.of(w))[0];
            if (ok) notifyAppended(h, w);
            // JDBI forgets a savepoint once rolled back to: release only the ones kept.
            if (ok) h.releaseSavepoint(savepoint);
            else h.rollbackToSavepoint(savepoint);
            return ok;
        } catch (SQLException | RuntimeException e) {
            h.rollbackToSavepoint(savepoint);
            if (Conflicts.isConcurrentWrite(e)) return Boolean.FALSE;
            return e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private void notifyAppended(Handle h, Write w) {
        if (w.events().isEmpty()) return;
        var append = new EventAppendListener.Append(w.botId(), w.conversationId(), w.versionBefore(), w.events(),
                w.qualification());
        for (EventAppendListener l : listeners) l.appended(h, append);
    }

    private <T> T transaction(Function<Handle, T> body) {
        Handle h = jdbi.open();
        try {
            h.begin();
            for (EventAppendListener l : listeners) l.batchStarted(h);
            T result = body.apply(h);
            h.commit();
            flush.run();
            for (EventAppendListener l : listeners) l.committed(h);
            return result;
        } catch (RuntimeException e) {
            try {
                h.rollback();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            try {
                for (EventAppendListener l : listeners) l.batchEnded(h);
            } finally {
                h.close();
            }
        }
    }
}
