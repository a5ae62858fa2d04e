package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the knowledge work lands. */
@Command(name = "ask", description = "Answer a question from a bot's FAQ, as the client would see it.")
public final class AskCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir ask: not available yet");
        return 2;
    }
}
