package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the engine work lands. */
@Command(name = "engine", description = "Measure in-process engine turns per second.")
public final class BenchEngineCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir engine: not available yet");
        return 2;
    }
}
