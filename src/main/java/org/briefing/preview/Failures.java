package org.briefing.preview;

/** An exception as the one line a person needs, without class names or stack traces. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable e) {
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
