package io.comptoir.cli;

import picocli.CommandLine.Command;

/** Groups the evaluation commands, each scoring one layer on a labelled file. */
@Command(name = "eval", description = "Evaluate understanding or knowledge on a labelled file.",
        subcommands = {EvalUnderstandingCommand.class, EvalKnowledgeCommand.class})
public final class EvalCommand {}
