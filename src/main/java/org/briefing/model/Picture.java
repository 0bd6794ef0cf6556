package org.briefing.model;

/**
 * A picture of the briefing (a map, a photo): a file beside the model, what it shows for those
 * who cannot see it, and an optional caption.
 *
 * @param file    its name as the model gives it, relative to the model's folder
 * @param image   the file's content, checked as it was read
 * @param alt     the alternative text, in every language
 * @param caption the caption, or null
 */
public record Picture(String file, Image image, LocalizedText alt, LocalizedText caption) {
    public Picture {
        Validate.notNull(file, "file");
        Validate.notNull(image, "image");
        Validate.notNull(alt, "alt");
    }
}
