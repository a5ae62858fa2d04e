package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the kpi work lands. */
@Command(name = "simulate", description = "Generate realistic synthetic conversations through the real engine.")
public final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir simulate: not available yet");
        return 2;
    }
}
