package org.briefing.render;

import java.nio.file.FileSystemException;
import org.briefing.files.Printable;

/** An exception as the one line a person needs: no class names, no stack trace. */
public final class FailureText {
    private FailureText() {
    }

    /**
     * The first line of the innermost message that says something. A file-system failure names
     * its file with control characters escaped: such a message is the file name itself, and a
     * line break in it would otherwise cut the name short or forge a line.
     */
    public static String of(Throwable e) {
        Throwable cause = e;
        while ((cause.getMessage() == null || cause.getMessage().isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FileSystemException failure && failure.getFile() != null) {
            String reason = failure.getReason() == null ? describe(failure) : failure.getReason();
            return Printable.text(failure.getFile()) + (failure.getOtherFile() == null ? ""
                    : " -> " + Printable.text(failure.getOtherFile())) + ": " + reason;
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return Printable.text(message.lines().findFirst().orElse(message).strip());
    }

    /** What the JDK's file-system exceptions without a reason mean. */
    private static String describe(FileSystemException failure) {
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof java.nio.file.DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (failure instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        return "cannot be used";
    }
}
