package io.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the knowledge work lands. */
@Command(name = "knowledge", description = "Score FAQ retrieval and scope on a labelled JSONL file.")
public final class EvalKnowledgeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("comptoir knowledge: not available yet");
        return 2;
    }
}
