package org.briefing.cli;

import java.io.PrintStream;

/**
 * Whether a person watches a command's output, and where a progress bar is drawn: this
 * process's own terminal, or, in the daemon, that of the client that handed it the command.
 *
 * @param interactive whether standard output is a terminal, where a batch draws a progress bar
 * @param width       the terminal's width in columns; 0 when the terminal is asked when needed
 * @param err         standard error, where the bar is drawn
 */
record Terminal(boolean interactive, int width, PrintStream err) {
    /** This process's terminal, if it has one. */
    static Terminal ofProcess() {
        return new Terminal(isTerminal(), 0, System.err);
    }

    /** No terminal: output goes to files, pipes or tests. */
    static Terminal none() {
        return new Terminal(false, 0, System.err);
    }

    /** Whether standard output is a terminal worth drawing a bar on. */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // from Java 22 there is a Console even when output is redirected; it knows whether it is a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22, a console is only there for a terminal
        }
    }
}
