package org.briefing.batch;

/** Exceptions as one readable line each, for failure reports. */
final class ErrorText {
    private ErrorText() {
    }

    /** The first line of the innermost message, without the class names users do not need. */
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
