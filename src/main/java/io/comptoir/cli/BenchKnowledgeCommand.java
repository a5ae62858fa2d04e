package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the knowledge work lands. */
@Command(name = "knowledge", description = "Measure index build, ask and recommendation times.")
public final class BenchKnowledgeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir knowledge: not available yet");
        return 2;
    }
}
