package org.briefing.render;

/** An exception as the one line a person needs: no class names, no stack trace. */
public final class FailureText {
    private FailureText() {
    }

    /** The first line of the innermost message that says something. */
    public static String of(Throwable e) {
        Throwable cause = e;
        while ((cause.getMessage() == null || cause.getMessage().isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
