package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the engine work lands. */
@Command(name = "test", description = "Run a bot's scenario files and report each expectation.")
public final class TestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir test: not available yet");
        return 2;
    }
}
