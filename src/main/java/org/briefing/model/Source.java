package org.briefing.model;

/** What a briefing is based on. Every part is optional (null when absent). */
public record Source(LocalizedText title, LocalizedText publisher, String url) {
}
