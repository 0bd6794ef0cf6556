package org.briefing.docx;

import java.nio.file.Path;

/**
 * How DOCX files are written beyond what the template says.
 *
 * @param referenceDocx a house-style document whose styles, list look and page setup replace
 *                      ours (as pandoc's {@code --reference-doc}); null for the built-in styles
 */
public record DocxOptions(Path referenceDocx) {
    /** The built-in styles. */
    public static DocxOptions defaults() {
        return new DocxOptions(null);
    }

    public DocxOptions withReferenceDocx(Path file) {
        return new DocxOptions(file);
    }
}
