package org.briefing.html;

/** A template that cannot be used: names the template and, where known, its line. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }
}
