package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.briefing.batch.BatchListener;
import org.briefing.batch.DocumentEvent;

/**
 * Batch progress for logs and pipes: one line per document, e.g.
 * {@code [12/40] out/kg/kg-tip-2020.ru.pdf}, with what happened when it was not simply made.
 */
final class ProgressLines implements BatchListener {
    private final PrintWriter err;
    private int total;
    private int done;

    ProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void planned(int documents) {
        total = documents;
    }

    @Override
    public void waiting(Path folder) {
        err.println("briefing: waiting for another run in " + Console.display(folder) + " to finish");
        err.flush();
    }

    @Override
    public void settled(DocumentEvent event) {
        done++;
        String what = switch (event.status()) {
            case MADE -> "";
            case UP_TO_DATE -> " (up to date)";
            case PROTECTED -> " (protected: " + event.detail() + ")";
            case FAILED -> " FAILED: " + event.detail();
        };
        err.println("[" + done + "/" + total + "] " + Console.display(event.output()) + what);
        err.flush();
    }
}
