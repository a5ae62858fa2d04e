package io.comptoir.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** One named daemon thread for periodic housekeeping (sweeps, store checks): it never keeps the JVM alive. */
public final class DaemonTimer {
    private DaemonTimer() {}

    public static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
