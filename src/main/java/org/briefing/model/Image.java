package org.briefing.model;

/**
 * An image file's content, known to be a whole PNG or JPEG picture of a size a document can
 * hold.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width     in pixels
 * @param height    in pixels
 * @param dpi       the resolution the file states, or 0 when it states none
 */
public record Image(String mediaType, byte[] bytes, int width, int height, double dpi) {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    public Image {
        Validate.notNull(mediaType, "mediaType");
        Validate.notNull(bytes, "bytes");
    }

    /** The file name extension of its kind. */
    public String extension() {
        return mediaType.equals(PNG) ? "png" : "jpeg";
    }
}
