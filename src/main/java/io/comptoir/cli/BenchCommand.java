package io.comptoir.cli;

import picocli.CommandLine.Command;

/** Groups the benchmarks; figures go in the README, never into pass/fail tests. */
@Command(name = "bench", description = "Benchmarks: engine, understanding, knowledge.",
        subcommands = {BenchEngineCommand.class, BenchUnderstandingCommand.class, BenchKnowledgeCommand.class})
public final class BenchCommand {}
