package io.comptoir.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: the writes of many concurrent turns share one transaction and one durable commit (H2 writes a
 * whole chunk to disk per commit, so one commit per turn caps throughput). Callers still get their answer only
 * after the commit; a failing write fails alone (see {@link BatchWriter}).
 */
final class GroupCommit implements AutoCloseable {
    private record Item(Write write, CompletableFuture<Boolean> result) {}

    private static final int MAX_BATCH = 256;
    /*
     * Under load, a commit starts at most every MIN_INTERVAL: the writes arriving meanwhile join it. On H2 each
     * commit rewrites the touched B-tree pages of every table it changed, so fewer, larger commits write less and
     * leave H2's background compaction less to do (measured at 2,000 turns/s: the file grew half as fast). Only
     * when the last commit carried several writes (concurrent turns): a lone visitor, or a sequential bulk load such
     * as `simulate`, never waits. Not on PostgreSQL: there a commit is cheap in writes but costs a round trip and
     * an fsync, and waiting cut the throughput (measured: 2,244 → 1,999 turns/s, p99 at 2,000 turns/s 1.7 s).
     */
    static final long H2_MIN_INTERVAL_NANOS =
            Long.getLong("comptoir.group-commit-interval-us", 5_000L) * 1_000L;
    private final long minIntervalNanos;
    private long lastCommit = System.nanoTime();
    private int lastBatchSize;
    private final BatchWriter writer;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final String threadName;
    private Thread thread; // guarded by this; stops after a quiet period and restarts on demand

    /** @param minIntervalNanos the least time between two commit starts while writes are concurrent (0: none) */
    GroupCommit(BatchWriter writer, String threadName, long minIntervalNanos) {
        this.writer = writer;
        this.threadName = threadName;
        this.minIntervalNanos = minIntervalNanos;
    }

    /** Queues a write and waits for its commit; false when it lost an optimistic-locking race. */
    boolean submit(Write write) {
        Item item = new Item(write, new CompletableFuture<>());
        queue.add(item);
        ensureThread();
        try {
            return item.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private synchronized void ensureThread() {
        if (thread != null) return;
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            drainUntilQuiet();
        } finally {
            // Also after an Error: the next submit starts a new writer rather than waiting on a dead one.
            synchronized (this) {
                if (thread == Thread.currentThread()) thread = null;
            }
        }
    }

    private void drainUntilQuiet() {
        List<Item> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            Item first;
            try {
                first = queue.poll(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                synchronized (this) {
                    if (queue.isEmpty()) {
                        thread = null;
                        return;
                    }
                }
                continue;
            }
            lingerIfBusy();
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            lastCommit = System.nanoTime();
            lastBatchSize = batch.size();
            commit(batch);
            batch.clear();
        }
    }

    private void lingerIfBusy() {
        if (lastBatchSize < 2 || minIntervalNanos == 0) return;
        long wait = lastCommit + minIntervalNanos - System.nanoTime();
        if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
    }

    private void commit(List<Item> batch) {
        Object[] outcomes;
        try {
            outcomes = writer.write(batch.stream().map(Item::write).toList());
        } catch (RuntimeException e) {
            for (Item item : batch) item.result().completeExceptionally(e);
            return;
        } catch (Error e) {
            // Never leave a caller waiting forever on a write whose thread died.
            for (Item item : batch) item.result().completeExceptionally(e);
            throw e;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes[i] instanceof RuntimeException e) batch.get(i).result().completeExceptionally(e);
            else batch.get(i).result().complete((Boolean) outcomes[i]);
        }
    }

    @Override
    public synchronized void close() {
        if (thread != null) thread.interrupt();
    }
}
