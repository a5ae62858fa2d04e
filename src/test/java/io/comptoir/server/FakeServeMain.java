package io.comptoir.server;

import io.comptoir.http.RunningServer;
import io.comptoir.http.ServerSettings;
import java.util.List;

/**
 * A server process with the fake bots, for tests that need a separate JVM: args are PORT JDBC_URL [SCHEMA].
 * Prints "listening on PORT" once ready.
 */
public final class FakeServeMain {
    public static void main(String[] args) throws Exception {
        String schema = args.length > 2 ? args[2] : null;
        RunningServer s = RunningServer.start(List.copyOf(FakeBots.registry().all()), args[1], schema,
                new ServerSettings("team-secret-key", null, 0), Integer.parseInt(args[0]), List.of());
        System.out.println("listening on " + s.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
