package org.briefing.docximport;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefing.model.Paragraphs;

/**
 * A text in the forms import compares: as the model means it (paragraphs of text joined by a blank
 * line, as {@link Paragraphs} reads every model text), and as a document shows it, which the
 * rendering may have changed (spaces collapsed; typographic marks). An edit is carried back onto
 * the model's own characters wherever the edited text kept the rendered ones.
 */
final class TextForms {
    /** White space, no-break spaces included: where a line may break is the typesetting's business. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u00A0\\u2007\\u202F]+");
    /** Characters that only forbid a line break (the typesetting's word joiner), or allow one. */
    private static final Pattern BREAK_CONTROLS = Pattern.compile("[\\u2060\\u200B\\uFEFF]");

    private TextForms() {
    }

    /** A model value as the model means it. */
    static String ofModel(String value) {
        return String.join("\n\n", Paragraphs.of(value));
    }

    /**
     * Text read from a document as a model value: paragraphs (separated by {@code \n\n}) of
     * single-spaced text; a line break inside a paragraph is a space, and so is a no-break space
     * (the typesetting puts them back), word joiners go, empty paragraphs go, letters are
     * precomposed (NFC) as the model loader makes them.
     */
    static String ofDocument(String raw) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BREAK_CONTROLS.matcher(raw).replaceAll("").split("\n\n", -1)) {
            // a line break of the inline syntax (a backslash ending the line) stays one
            String line = Arrays.stream(paragraph.split("\\\\\n", -1))
                    .map(part -> SPACES.matcher(part).replaceAll(" ").strip()).collect(Collectors.joining("\\\n"))
                    .strip();
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        return Normalizer.normalize(String.join("\n\n", paragraphs), Normalizer.Form.NFC);
    }

    /**
     * The new model text for a field whose model text is {@code model}, shown as {@code rendered}
     * and edited into {@code edited}: where the edit kept the rendered characters, the model's own
     * come back (a typographic quote the rendering made is the model's plain one again); what was
     * typed is taken as typed, no-break spaces as plain ones. {@code rendered} and {@code edited}
     * are {@link #ofDocument} forms.
     */
    static String backToModel(String model, String rendered, String edited) {
        if (model.equals(rendered)) {
            return edited;
        }
        List<Chunk> modelToRendered = chunks(model, rendered);
        StringBuilder out = new StringBuilder(edited.length());
        for (Chunk chunk : chunks(rendered, edited)) {
            if (chunk.equal()) {
                out.append(modelText(model, modelToRendered, chunk.fromStart(), chunk.fromEnd()));
            } else {
                out.append(edited, chunk.toStart(), chunk.toEnd());
            }
        }
        return ofDocument(out.toString());
    }

    /** The model's characters behind {@code rendered[start, end)}. */
    private static String modelText(String model, List<Chunk> modelToRendered, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (Chunk chunk : modelToRendered) {
            int from = Math.max(start, chunk.toStart());
            int to = Math.min(end, chunk.toEnd());
            if (chunk.equal()) {
                if (from < to) {
                    int offset = chunk.fromStart() - chunk.toStart();
                    out.append(model, from + offset, to + offset);
                }
            } else if (start <= chunk.toStart() && chunk.toEnd() <= end) {
                out.append(model, chunk.fromStart(), chunk.fromEnd()); // the whole changed stretch was kept
            }
        }
        return out.toString();
    }

    /** A stretch of a character diff: equal in both, or changed from {@code from[...]} to {@code to[...]}. */
    private record Chunk(boolean equal, int fromStart, int fromEnd, int toStart, int toEnd) {
    }

    private static List<Chunk> chunks(String from, String to) {
        Patch<Character> patch = DiffUtils.diff(chars(from), chars(to));
        List<Chunk> chunks = new ArrayList<>();
        int f = 0;
        int t = 0;
        for (AbstractDelta<Character> delta : patch.getDeltas()) {
            int fs = delta.getSource().getPosition();
            int ts = delta.getTarget().getPosition();
            if (fs > f) {
                chunks.add(new Chunk(true, f, fs, t, ts));
            }
            int fe = fs + delta.getSource().size();
            int te = ts + delta.getTarget().size();
            chunks.add(new Chunk(false, fs, fe, ts, te));
            f = fe;
            t = te;
        }
        if (f < from.length()) {
            chunks.add(new Chunk(true, f, from.length(), t, to.length()));
        }
        return chunks;
    }

    private static List<Character> chars(String text) {
        List<Character> chars = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            chars.add(text.charAt(i));
        }
        return chars;
    }
}
