package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the understanding work lands. */
@Command(name = "understanding", description = "Measure per-utterance understanding time.")
public final class BenchUnderstandingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir understanding: not available yet");
        return 2;
    }
}
