package org.briefing.model;

/** A labelled link; the URL is written into documents, never fetched. */
public record Link(LocalizedText label, String url) {
    public Link {
        Validate.notNull(label, "label");
        Validate.notNull(url, "url");
    }
}
