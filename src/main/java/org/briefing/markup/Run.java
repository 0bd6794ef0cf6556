package org.briefing.markup;

/**
 * A run of text as a document holds it: its characters (a newline is a line break), whether it
 * is set bold or italic beyond what its place gives every run there, and the address it links
 * to, or null.
 */
public record Run(String text, boolean bold, boolean italic, String href) {
}
