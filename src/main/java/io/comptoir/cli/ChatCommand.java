package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the engine work lands. */
@Command(name = "chat", description = "Chat with a bot in the terminal (client view; --internal shows the team view).")
public final class ChatCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir chat: not available yet");
        return 2;
    }
}
