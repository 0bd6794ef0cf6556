package org.briefing.cli;

import org.briefing.files.Printable;
import org.briefing.render.FailureText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Anything a command did not handle itself becomes one line on standard error and exit code 1;
 * the stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
        if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("briefing: " + Printable.text(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE;
        }
        commandLine.getErr().println("briefing: error: " + FailureText.of(e));
        if (verbose) {
            e.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.FAILED;
    }
}
