package org.briefing.docximport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefing.docx.EditedDocx;

/** The parts of a new quote or link typed into a DOCX, read from its paragraphs. */
final class NewItems {
    private static final Pattern ADDRESS = Pattern.compile("(https?://|mailto:)\\S+");

    private NewItems() {
    }

    /**
     * A new link: its label and address, from a hyperlink (label: the first line, address: the
     * link's) or from a label line with the address on the line under it; null when it has none.
     */
    static Map<String, String> link(EditedParagraph paragraph) {
        String[] lines = paragraph.text().strip().split("\\s*\n\\s*");
        String label = lines[0].strip();
        String url = null;
        var links = paragraph.links(0, paragraph.text().length());
        if (!links.isEmpty() && ADDRESS.matcher(links.get(0)).matches()) {
            url = links.get(0);
        } else if (lines.length >= 2 && ADDRESS.matcher(lines[1].strip()).matches()) {
            url = lines[1].strip();
        } else if (ADDRESS.matcher(label).matches()) {
            url = label;
        }
        if (url == null || label.isEmpty()) {
            return null;
        }
        Map<String, String> link = new LinkedHashMap<>();
        link.put("label", label);
        link.put("url", url);
        return link;
    }

    /**
     * Who said a new quotation: the bold words (as the edition writes a speaker) or the text up to
     * the first comma; the rest, after the comma, is the role.
     */
    static Map<String, String> attribution(EditedParagraph paragraph) {
        String text = paragraph.text().strip();
        String speaker = null;
        StringBuilder bold = new StringBuilder();
        for (EditedDocx.Piece piece : paragraph.source().pieces()) {
            if (piece instanceof EditedDocx.Piece.Text t) {
                if (!t.bold()) {
                    break;
                }
                bold.append(t.text());
            }
        }
        if (!bold.toString().isBlank() && text.startsWith(bold.toString().strip())) {
            speaker = bold.toString().strip();
        }
        String role;
        if (speaker != null) {
            role = text.substring(speaker.length()).replaceFirst("^\\s*,\\s*", "").strip();
        } else {
            int comma = text.indexOf(", ");
            speaker = comma < 0 ? text : text.substring(0, comma).strip();
            role = comma < 0 ? "" : text.substring(comma + 2).strip();
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("speaker", speaker);
        if (!role.isEmpty()) {
            parts.put("role", role);
        }
        return parts;
    }
}
