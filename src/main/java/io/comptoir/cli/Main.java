package io.comptoir.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code comptoir.jar}: one sub-command per task. */
@Command(name = "comptoir", mixinStandardHelpOptions = true, version = "Comptoir 0.1.0",
        description = "Conversational front desk for sales and support teams.",
        subcommands = {ChatCommand.class, TestCommand.class, ValidateCommand.class, InitCommand.class,
                UnderstandCommand.class, AskCommand.class, EvalCommand.class, BenchCommand.class,
                ServeCommand.class, LoadtestCommand.class, SimulateCommand.class, KpiCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
