package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the kpi work lands. */
@Command(name = "kpi", description = "KPI plan and reports.")
public final class KpiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir kpi: not available yet");
        return 2;
    }
}
