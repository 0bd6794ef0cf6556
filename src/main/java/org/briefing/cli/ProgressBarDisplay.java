package org.briefing.cli;

import java.io.Console;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.briefing.batch.BatchListener;
import org.briefing.batch.DocumentEvent;

/**
 * Batch progress on a terminal: one bar, redrawn in place on standard error, naming the last
 * document. Failures and protected files are kept for the summary, so nothing breaks the bar.
 */
final class ProgressBarDisplay implements BatchListener, AutoCloseable {
    private ProgressBar bar;

    /** Whether standard output is a terminal worth drawing a bar on. */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // from Java 22 there is a Console even when output is redirected; it knows whether it is a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22, a console is only there for a terminal
        }
    }

    @Override
    public void planned(int documents) {
        bar = new ProgressBarBuilder().setTaskName("briefing").setInitialMax(documents).setUnit(" documents", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200).build();
    }

    @Override
    public void waiting(java.nio.file.Path folder) {
        System.err.println("briefing: waiting for another run in " + org.briefing.cli.Console.display(folder)
                + " to finish");
    }

    @Override
    public void settled(DocumentEvent event) {
        bar.step();
        bar.setExtraMessage(event.output().getFileName().toString());
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
