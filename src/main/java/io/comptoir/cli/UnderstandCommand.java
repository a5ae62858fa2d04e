package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the understanding work lands. */
@Command(name = "understand", description = "Print the entities, signals and scope read in a message (JSON).")
public final class UnderstandCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir understand: not available yet");
        return 2;
    }
}
