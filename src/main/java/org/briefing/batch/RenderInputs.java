package org.briefing.batch;

import java.nio.charset.StandardCharsets;
import org.briefing.render.Format;
import org.briefing.render.Paper;

/**
 * Everything besides the model that decides an output's content. An output's inputs hash
 * combines these with the model file's hash: when it is unchanged, rendering again would make
 * the same document (up to the PDF's own timestamps), so the output can be skipped.
 */
record RenderInputs(String templatesFingerprint, String fontsFingerprint, String toolVersion, Paper paper,
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
                + "format=" + format.extension() + "\n";
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
