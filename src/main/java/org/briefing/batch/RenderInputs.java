package org.briefing.batch;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.briefing.files.Sha256;
import org.briefing.render.Format;
import org.briefing.render.Paper;

/**
 * Everything besides the model that decides an output's content. An output's inputs hash
 * combines these with the model file's hash: when it is unchanged, rendering again would make
 * the same document (up to the PDF's own timestamps), so the output can be skipped.
 *
 * @param templateFiles       the SHA-256 of each file of the template set, for the manifest
 * @param fontFiles           the SHA-256 of each font file, for the manifest
 * @param referenceDocxSha256 of the {@code --reference-docx} document, or null; it decides DOCX outputs only
 */
record RenderInputs(String templatesFingerprint, Map<String, String> templateFiles, String fontsFingerprint,
                    Map<String, String> fontFiles, String referenceDocxSha256, String toolVersion, Paper paper,
                    boolean allowFallback) {

    String hash(String modelSha256, String language, Format format) {
        // one named line per input: readable when debugging, and no two different inputs run together
        String text = "model=" + modelSha256 + "\n"
                + "templates=" + templatesFingerprint + "\n"
                + "fonts=" + fontsFingerprint + "\n"
                + "tool-version=" + toolVersion + "\n"
                + "paper=" + paper.name() + "\n"
                + "allow-fallback=" + allowFallback + "\n"
                + "language=" + language + "\n"
                + "format=" + format.extension() + "\n"
                + (referenceFor(format) == null ? "" : "reference-docx=" + referenceFor(format) + "\n");
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each input of one output, as the manifest records it. */
    Manifest.Inputs of(String modelSha256, Format format) {
        return new Manifest.Inputs(modelSha256, templatesFingerprint, fontsFingerprint, referenceFor(format),
                toolVersion, paper.name(), allowFallback);
    }

    private String referenceFor(Format format) {
        return format == Format.DOCX ? referenceDocxSha256 : null;
    }
}
