package io.comptoir.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Group commit: the writes of many concurrent turns share one transaction and one durable commit (H2 writes a
 * whole chunk to disk per commit, so one commit per turn caps throughput). Each write runs under its own
 * savepoint, so a failing write is rolled back alone; callers still get their reply only after the commit.
 */
final class GroupCommit implements AutoCloseable {
    /** One write; returns false when it lost an optimistic-locking race (then it wrote nothing). */
    interface Work { boolean apply(Handle h); }

    private record Item(Work work, CompletableFuture<Boolean> result) {}

    private static final int MAX_BATCH = 128;
    private final Jdbi jdbi;
    private final List<EventAppendListener> listeners; // the store's live list (hooks around each batch)
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private Thread writer; // guarded by this; stops after a quiet period and restarts on demand

    private final String threadName;

    GroupCommit(Jdbi jdbi, List<EventAppendListener> listeners, String threadName) {
        this.jdbi = jdbi;
        this.listeners = listeners;
        this.threadName = threadName;
    }

    boolean submit(Work work) {
        Item item = new Item(work, new CompletableFuture<>());
        queue.add(item);
        ensureWriter();
        try {
            return item.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private synchronized void ensureWriter() {
        if (writer != null) return;
        writer = new Thread(this::loop, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    private void loop() {
        List<Item> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            Item first;
            try {
                first = queue.poll(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                synchronized (this) { writer = null; }
                return;
            }
            if (first == null) {
                synchronized (this) {
                    if (queue.isEmpty()) {
                        writer = null;
                        return;
                    }
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Item> batch) {
        List<Object> outcomes = new ArrayList<>(batch.size());
        try {
            jdbi.useTransaction(h -> {
                for (EventAppendListener l : listeners) l.batchStarted(h);
                try {
                    for (int i = 0; i < batch.size(); i++) {
                        Object outcome = applyOne(h, batch.get(i).work(), "w" + i);
                        outcomes.add(outcome);
                        boolean kept = Boolean.TRUE.equals(outcome);
                        for (EventAppendListener l : listeners) l.writeFinished(h, kept);
                    }
                    // Buffered derived work (summed KPI counters) is written once per batch, inside the transaction.
                    for (EventAppendListener l : listeners) l.beforeCommit(h);
                } finally {
                    for (EventAppendListener l : listeners) l.batchEnded(h);
                }
            });
        } catch (RuntimeException e) {
            for (Item item : batch) item.result().completeExceptionally(e);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Object o = outcomes.get(i);
            if (o instanceof RuntimeException e) batch.get(i).result().completeExceptionally(e);
            else batch.get(i).result().complete((Boolean) o);
        }
    }

    private static Object applyOne(Handle h, Work work, String savepoint) {
        h.savepoint(savepoint);
        try {
            boolean ok = work.apply(h);
            // JDBI forgets a savepoint once rolled back to: release only the ones kept.
            if (ok) h.releaseSavepoint(savepoint);
            else h.rollbackToSavepoint(savepoint);
            return ok;
        } catch (RuntimeException e) {
            h.rollbackToSavepoint(savepoint);
            return Conflicts.isConcurrentWrite(e) ? Boolean.FALSE : e;
        }
    }

    @Override
    public synchronized void close() {
        if (writer != null) writer.interrupt();
    }
}
