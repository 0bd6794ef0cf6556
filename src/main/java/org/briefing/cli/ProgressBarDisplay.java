package org.briefing.cli;

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
    /** A column is left free at the right edge, where some terminals wrap. */
    private static final int RIGHT_MARGIN = 1;

    private final Terminal terminal;
    private ProgressBar bar;

    ProgressBarDisplay(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void planned(int documents) {
        ConsoleProgressBarConsumer consumer = terminal.width() > 0
                ? new ConsoleProgressBarConsumer(terminal.err(), terminal.width() - RIGHT_MARGIN)
                : new ConsoleProgressBarConsumer(terminal.err()); // asks the terminal for its width
        bar = new ProgressBarBuilder().setTaskName("briefing").setInitialMax(documents).setUnit(" documents", 1)
                .setConsumer(consumer).setUpdateIntervalMillis(200).build();
    }

    @Override
    public void waiting(java.nio.file.Path folder) {
        terminal.err().println("briefing: waiting for another run in " + Console.display(folder) + " to finish");
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
