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
    private final BatchWriter writer;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final String threadName;
    private Thread thread; // guarded by this; stops after a quiet period and restarts on demand

    GroupCommit(BatchWriter writer, String threadName) {
        this.writer = writer;
        this.threadName = threadName;
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
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
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
