package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the botfolder work lands. */
@Command(name = "validate", description = "Check a bot folder and name the file, line and fix of every problem.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir validate: not available yet");
        return 2;
    }
}
