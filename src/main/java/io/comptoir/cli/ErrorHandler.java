package io.comptoir.cli;

import io.comptoir.ComptoirException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure into one clear line on stderr: users never see a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        String msg = ex instanceof ComptoirException ? ex.getMessage()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        cmd.getErr().println("comptoir: " + msg);
        if (System.getenv("COMPTOIR_DEBUG") != null) ex.printStackTrace(cmd.getErr());
        return ex instanceof ComptoirException ce ? ce.exitCode() : 1;
    }
}
