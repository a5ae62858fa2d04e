package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the botfolder work lands. */
@Command(name = "init", description = "Create a small working bot folder to edit.")
public final class InitCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir init: not available yet");
        return 2;
    }
}
