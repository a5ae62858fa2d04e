package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the server work lands. */
@Command(name = "serve", description = "Start the server: web widget, REST API, console and OpenAI-compatible API.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir serve: not available yet");
        return 2;
    }
}
