package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the server work lands. */
@Command(name = "loadtest", description = "Run concurrent scripted conversations against a server and report latency.")
public final class LoadtestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir loadtest: not available yet");
        return 2;
    }
}
