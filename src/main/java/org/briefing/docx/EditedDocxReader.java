package org.briefing.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a DOCX that Word, LibreOffice or anything else saved, the way pandoc's DOCX reader does:
 * tolerant of what editors do (runs split mid-word, revision ids, proofing marks, content
 * controls, renamed style ids, tracked changes), and exact about what it cannot make sense of,
 * which it hands on as {@link EditedDocx.Piece.Foreign} rather than dropping. The package is
 * read within {@link DocxZip}'s limits and its XML without DOCTYPEs.
 */
public final class EditedDocxReader {
    static final String W = DocxPart.WordprocessingML.NAMESPACE;
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";
    private static final String RELATIONSHIPS = "word/_rels/document.xml.rels";
    private static final String CUSTOM = "docProps/custom.xml";
    private static final String FOOTNOTES = "word/footnotes.xml";
    private static final String FOOTNOTE_RELATIONSHIPS = "word/_rels/footnotes.xml.rels";

    private final Path file;
    private final Map<String, String> styleNames = new HashMap<>();
    private final Set<String> numberedStyles = new HashSet<>();
    /** Character styles by id: bold and italic may come from them (Strong, Emphasis). */
    private final Map<String, Element> characterStyles = new HashMap<>();
    private String defaultStyle = "Normal";
    private final Map<String, String> links = new HashMap<>();
    private final Map<String, String> bookmarkNames = new HashMap<>();
    /** The field of the note each footnote is, by footnote id: those the DOCX writer wrote. */
    private final Map<String, String> footnoteFields = new HashMap<>();
    /** The footnote each citation bookmark ({@code _RefNote1}) holds the reference to, by bookmark name. */
    private final Map<String, String> citationBookmarks = new HashMap<>();
    private final List<EditedDocx.Paragraph> paragraphs = new ArrayList<>();
    /** Tables and table cells met so far. */
    private int tables;
    private int cells;
    private boolean trackedChanges;
    /** Bookmarks that start between paragraphs, for the next paragraph. */
    private final List<EditedDocx.Piece> pendingStarts = new ArrayList<>();
    /** A paragraph whose mark was deleted (tracked): it runs on into the next. */
    private List<EditedDocx.Piece> carried;
    private ParagraphProperties carriedProperties;

    private EditedDocxReader(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, or fails with a {@link DocxException} of one line. */
    public static EditedDocx read(Path file) {
        Map<String, byte[]> parts = DocxZip.read(file, Set.of(DOCUMENT, STYLES, RELATIONSHIPS, CUSTOM, FOOTNOTES,
                FOOTNOTE_RELATIONSHIPS));
        if (!parts.containsKey(DOCUMENT)) {
            throw new DocxException(file + ": not a Word document (it has no word/document.xml)");
        }
        EditedDocxReader reader = new EditedDocxReader(file);
        if (parts.containsKey(STYLES)) {
            reader.styles(SecureXml.parse(parts.get(STYLES), file + ": " + STYLES));
        }
        if (parts.containsKey(RELATIONSHIPS)) {
            reader.relationships(SecureXml.parse(parts.get(RELATIONSHIPS), file + ": " + RELATIONSHIPS));
        }
        Map<String, String> properties = parts.containsKey(CUSTOM)
                ? customProperties(SecureXml.parse(parts.get(CUSTOM), file + ": " + CUSTOM)) : Map.of();
        Document document = SecureXml.parse(parts.get(DOCUMENT), file + ": " + DOCUMENT);
        Element root = document.getDocumentElement();
        if (!W.equals(root.getNamespaceURI()) || !root.getLocalName().equals("document")) {
            throw new DocxException(file + ": not a Word document (its main part is not a WordprocessingML document)");
        }
        reader.bookmarkNames(root);
        Element footnotes = parts.containsKey(FOOTNOTES)
                ? SecureXml.parse(parts.get(FOOTNOTES), file + ": " + FOOTNOTES).getDocumentElement() : null;
        if (footnotes != null) {
            reader.bookmarkNames(footnotes);
            reader.footnoteFields(footnotes);
            reader.citationBookmarks(root);
        }
        Element body = child(root, "body");
        if (body != null) {
            reader.blocks(body, EditedDocx.Place.BODY);
        }
        reader.flushCarried();
        if (footnotes != null) {
            // a footnote's hyperlinks are relationships of the footnotes part, with ids of their own
            reader.links.clear();
            if (parts.containsKey(FOOTNOTE_RELATIONSHIPS)) {
                reader.relationships(SecureXml.parse(parts.get(FOOTNOTE_RELATIONSHIPS),
                        file + ": " + FOOTNOTE_RELATIONSHIPS));
            }
            reader.footnotes(footnotes);
        }
        return new EditedDocx(file, properties, reader.paragraphs, reader.trackedChanges, charts(file, root, parts));
    }

    // --- parts around the body --------------------------------------------------------------

    private void styles(Document styles) {
        for (Element style : elements(styles.getDocumentElement(), "style")) {
            if ("character".equals(style.getAttributeNS(W, "type"))) {
                characterStyles.put(style.getAttributeNS(W, "styleId"), style);
                continue;
            }
            if (!"paragraph".equals(style.getAttributeNS(W, "type"))) {
                continue;
            }
            String id = style.getAttributeNS(W, "styleId");
            Element name = child(style, "name");
            String styleName = name == null ? id : name.getAttributeNS(W, "val");
            styleNames.put(id, styleName);
            Element pPr = child(style, "pPr");
            if (pPr != null && child(pPr, "numPr") != null) {
                numberedStyles.add(id);
            }
            if ("1".equals(style.getAttributeNS(W, "default")) || "true".equals(style.getAttributeNS(W, "default"))) {
                defaultStyle = styleName;
            }
        }
    }

    private void relationships(Document rels) {
        for (Node node = rels.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element rel && rel.getLocalName().equals("Relationship")
                    && rel.getAttribute("Type").endsWith("/hyperlink")) {
                links.put(rel.getAttribute("Id"), rel.getAttribute("Target"));
            }
        }
    }

    private static Map<String, String> customProperties(Document custom) {
        Map<String, String> properties = new HashMap<>();
        for (Node node = custom.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element property && property.getLocalName().equals("property")) {
                properties.put(property.getAttribute("name"), property.getTextContent().strip());
            }
        }
        return properties;
    }

    /** Every bookmark's name by id, first: an end may come before its start in odd documents. */
    private void bookmarkNames(Element root) {
        var starts = root.getElementsByTagNameNS(W, "bookmarkStart");
        for (int i = 0; i < starts.getLength(); i++) {
            Element start = (Element) starts.item(i);
            bookmarkNames.putIfAbsent(start.getAttributeNS(W, "id"), nameOf(start));
        }
    }

    // --- charts -----------------------------------------------------------------------------

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** The document's charts in the order the body shows them, each read from its chart part. */
    private static List<EditedDocx.ChartData> charts(Path file, Element document, Map<String, byte[]> parts) {
        Map<String, String> targets = new HashMap<>();
        if (parts.containsKey(RELATIONSHIPS)) {
            Element rels = SecureXml.parse(parts.get(RELATIONSHIPS), file + ": " + RELATIONSHIPS).getDocumentElement();
            for (Node node = rels.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element rel && rel.getAttribute("Type").endsWith("/chart")) {
                    String target = rel.getAttribute("Target");
                    targets.put(rel.getAttribute("Id"), target.startsWith("/") ? target.substring(1) : "word/" + target);
                }
            }
        }
        List<EditedDocx.ChartData> charts = new ArrayList<>();
        if (targets.isEmpty()) {
            return charts;
        }
        var references = document.getElementsByTagNameNS(C, "chart");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < references.getLength(); i++) {
            String part = targets.get(((Element) references.item(i)).getAttributeNS(R, "id"));
            if (part != null) {
                names.add(part);
            }
        }
        Map<String, byte[]> chartParts = DocxZip.read(file, Set.copyOf(names));
        for (String name : names) {
            if (chartParts.containsKey(name)) {
                charts.add(chartData(SecureXml.parse(chartParts.get(name), file + ": " + name).getDocumentElement()));
            }
        }
        return charts;
    }

    private static EditedDocx.ChartData chartData(Element chartSpace) {
        String kind = "";
        List<List<Double>> series = new ArrayList<>();
        var plotArea = chartSpace.getElementsByTagNameNS(C, "plotArea");
        if (plotArea.getLength() > 0) {
            for (Node node = plotArea.item(0).getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element plot && plot.getLocalName().endsWith("Chart")) {
                    var grouping = plot.getElementsByTagNameNS(C, "grouping");
                    String how = grouping.getLength() > 0 ? ((Element) grouping.item(0)).getAttribute("val") : "";
                    kind = plot.getLocalName() + (how.contains("tacked") ? " stacked" : "");
                    var values = plot.getElementsByTagNameNS(C, "val");
                    for (int i = 0; i < values.getLength(); i++) {
                        series.add(points((Element) values.item(i)));
                    }
                }
            }
        }
        return new EditedDocx.ChartData(kind, series);
    }

    /** A series' values, from its cached points in order of their index (a missing point is NaN). */
    private static List<Double> points(Element values) {
        java.util.TreeMap<Integer, Double> byIndex = new java.util.TreeMap<>();
        var points = values.getElementsByTagNameNS(C, "pt");
        for (int i = 0; i < points.getLength(); i++) {
            Element point = (Element) points.item(i);
            try {
                byIndex.put(Integer.parseInt(point.getAttribute("idx")),
                        Double.parseDouble(point.getTextContent().strip()));
            } catch (NumberFormatException e) {
                byIndex.put(i, Double.NaN);
            }
        }
        int size = byIndex.isEmpty() ? 0 : byIndex.lastKey() + 1;
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(byIndex.getOrDefault(i, Double.NaN));
        }
        return list;
    }

    // --- footnotes --------------------------------------------------------------------------

    /** The note each footnote is, by the field bookmark in it; a footnote without one is not a note of the model. */
    private void footnoteFields(Element footnotes) {
        for (Element note : elements(footnotes, "footnote")) {
            var starts = note.getElementsByTagNameNS(W, "bookmarkStart");
            for (int i = 0; i < starts.getLength(); i++) {
                var bookmark = FieldBookmark.parse(nameOf((Element) starts.item(i)));
                if (bookmark.isPresent()) {
                    footnoteFields.put(note.getAttributeNS(W, "id"), bookmark.get().field());
                    break;
                }
            }
        }
    }

    /** Which footnote reference each citation bookmark holds: the first after its start. */
    private void citationBookmarks(Element document) {
        List<String> open = new ArrayList<>();
        var all = document.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getLocalName().equals("bookmarkStart")
                    && element.getAttributeNS(W, "name").startsWith(Bookmarks.NOTE_PREFIX)) {
                open.add(element.getAttributeNS(W, "name"));
            } else if (element.getLocalName().equals("footnoteReference")) {
                open.forEach(name -> citationBookmarks.put(name, element.getAttributeNS(W, "id")));
                open.clear();
            }
        }
    }

    /** The notes' paragraphs, after the body's: their texts are the model's notes. */
    private void footnotes(Element footnotes) {
        for (Element note : elements(footnotes, "footnote")) {
            if (footnoteFields.containsKey(note.getAttributeNS(W, "id"))) {
                blocks(note, EditedDocx.Place.BODY);
                flushCarried();
            }
        }
    }

    /**
     * A bookmark's name. LibreOffice renames a field bookmark inside a footnote to
     * {@code ..._Copy_1} as it opens the document (footnotes are not where a person copies a
     * note's text to), so there the name the DOCX writer gave it is read.
     */
    private static String nameOf(Element bookmarkStart) {
        String name = bookmarkStart.getAttributeNS(W, "name");
        if (inFootnote(bookmarkStart)) {
            String original = name.replaceFirst("_Copy_\\d+$", "");
            if (FieldBookmark.parse(original).isPresent()) {
                return original;
            }
        }
        return name;
    }

    private static boolean inFootnote(Element element) {
        for (Node up = element.getParentNode(); up instanceof Element parent; up = parent.getParentNode()) {
            if (parent.getLocalName().equals("footnote") && W.equals(parent.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    /** A citation of footnote {@code id}: of a note of the model, or something no model text holds. */
    private EditedDocx.Piece citation(String id) {
        String field = id == null ? null : footnoteFields.get(id);
        return field != null ? new EditedDocx.Piece.Citation(field) : new EditedDocx.Piece.Foreign("a footnote");
    }

    // --- body -------------------------------------------------------------------------------

    private void blocks(Element parent, EditedDocx.Place place) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "p" -> paragraph(element, place);
                case "tbl" -> {
                    int table = ++tables;
                    for (Element row : elements(element, "tr")) {
                        for (Element tc : elements(row, "tc")) {
                            blocks(tc, new EditedDocx.Place(table, ++cells));
                        }
                    }
                }
                case "sdt" -> {
                    Element content = child(element, "sdtContent");
                    if (content != null && !isTableOfContents(element)) {
                        blocks(content, place);
                    }
                }
                case "customXml", "ins", "moveTo" -> blocks(element, place);
                case "bookmarkStart" -> pendingStarts.add(new EditedDocx.Piece.Start(nameOf(element)));
                case "bookmarkEnd" -> endBetweenParagraphs(element);
                default -> {
                    // sectPr, proofing and permission marks, deleted blocks: no text of the document
                }
            }
        }
    }

    /**
     * Whether a block content control is Word's table of contents, which it computes from the
     * headings: none of its text is the model's (nor is a paragraph in a contents style).
     */
    private static boolean isTableOfContents(Element sdt) {
        Element properties = child(sdt, "sdtPr");
        Element part = properties == null ? null : child(properties, "docPartObj");
        Element gallery = part == null ? null : child(part, "docPartGallery");
        return gallery != null && gallery.getAttributeNS(W, "val").equalsIgnoreCase("Table of Contents");
    }

    /** Styles of a table of contents, as Word ("toc 1", "TOC Heading") and LibreOffice ("Contents 1") name them. */
    private static boolean isContentsStyle(String style) {
        return style != null && style.toLowerCase(java.util.Locale.ROOT)
                .matches("(toc|contents) ?(heading|[1-9][0-9]?)");
    }

    private void endBetweenParagraphs(Element end) {
        String name = bookmarkNames.get(end.getAttributeNS(W, "id"));
        if (name == null) {
            return;
        }
        if (carried != null) {
            carried.add(new EditedDocx.Piece.End(name));
        } else if (!paragraphs.isEmpty()) {
            EditedDocx.Paragraph last = paragraphs.remove(paragraphs.size() - 1);
            List<EditedDocx.Piece> pieces = new ArrayList<>(last.pieces());
            pieces.add(new EditedDocx.Piece.End(name));
            paragraphs.add(new EditedDocx.Paragraph(last.number(), last.style(), last.numbered(), last.place(),
                    pieces));
        }
    }

    private record ParagraphProperties(String style, boolean numbered, boolean markDeleted) {
    }

    private void paragraph(Element p, EditedDocx.Place place) {
        ParagraphProperties properties = properties(child(p, "pPr"));
        if (isContentsStyle(properties.style()) && carried == null) {
            return; // a line of a table of contents saved without its content control
        }
        List<EditedDocx.Piece> pieces = carried != null ? carried : new ArrayList<>();
        ParagraphProperties kept = carried != null ? carriedProperties : properties;
        pieces.addAll(pendingStarts);
        pendingStarts.clear();
        new Runs(pieces).content(p, null, false);
        if (properties.markDeleted()) { // accepted, the next paragraph joins this one
            trackedChanges = true;
            carried = pieces;
            carriedProperties = kept;
            return;
        }
        carried = null;
        paragraphs.add(new EditedDocx.Paragraph(paragraphs.size() + 1, kept.style(), kept.numbered(), place,
                pieces));
    }

    private void flushCarried() {
        if (carried != null) {
            paragraphs.add(new EditedDocx.Paragraph(paragraphs.size() + 1, carriedProperties.style(),
                    carriedProperties.numbered(), EditedDocx.Place.BODY, carried));
            carried = null;
        }
    }

    private ParagraphProperties properties(Element pPr) {
        if (pPr == null) {
            return new ParagraphProperties(defaultStyle, false, false);
        }
        Element pStyle = child(pPr, "pStyle");
        String styleId = pStyle == null ? null : pStyle.getAttributeNS(W, "val");
        String style = styleId == null ? defaultStyle : styleNames.getOrDefault(styleId, styleId);
        Element numPr = child(pPr, "numPr");
        boolean numbered;
        if (numPr != null) {
            Element numId = child(numPr, "numId");
            numbered = numId == null || !"0".equals(numId.getAttributeNS(W, "val"));
        } else {
            numbered = styleId != null && numberedStyles.contains(styleId);
        }
        Element rPr = child(pPr, "rPr");
        boolean markDeleted = rPr != null && (child(rPr, "del") != null || child(rPr, "moveFrom") != null);
        return new ParagraphProperties(style, numbered, markDeleted);
    }

    /** The runs of a paragraph (or hyperlink, or inserted range), into pieces. */
    private final class Runs {
        private final List<EditedDocx.Piece> pieces;
        /** Inside a complex field: 1 while reading its instruction, 2 while reading its result. */
        private int field;
        private final StringBuilder instruction = new StringBuilder();

        Runs(List<EditedDocx.Piece> pieces) {
            this.pieces = pieces;
        }

        void content(Element parent, String link, boolean deleted) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element element)) {
                    continue;
                }
                if (!W.equals(element.getNamespaceURI())) {
                    if (element.getLocalName().equals("oMath") || element.getLocalName().equals("oMathPara")) {
                        pieces.add(new EditedDocx.Piece.Foreign("an equation"));
                    }
                    continue;
                }
                switch (element.getLocalName()) {
                    case "r" -> run(element, link, deleted);
                    case "hyperlink" -> content(element, hyperlink(element), deleted);
                    case "ins", "moveTo" -> {
                        trackedChanges = true;
                        content(element, link, deleted);
                    }
                    case "del", "moveFrom" -> {
                        trackedChanges = true;
                        content(element, link, true);
                    }
                    case "fldSimple" -> {
                        String cited = citedBy(element.getAttributeNS(W, "instr"));
                        if (cited == null) {
                            content(element, link, deleted);
                        } else if (!deleted) {
                            pieces.add(citation(citationBookmarks.get(cited)));
                        }
                    }
                    case "smartTag", "customXml", "dir", "bdo" -> content(element, link, deleted);
                    case "sdt" -> {
                        Element sdtContent = child(element, "sdtContent");
                        if (sdtContent != null) {
                            content(sdtContent, link, deleted);
                        }
                    }
                    case "bookmarkStart" -> pieces.add(new EditedDocx.Piece.Start(nameOf(element)));
                    case "bookmarkEnd" -> {
                        String name = bookmarkNames.get(element.getAttributeNS(W, "id"));
                        if (name != null) {
                            pieces.add(new EditedDocx.Piece.End(name));
                        }
                    }
                    case "commentRangeStart" -> pieces.add(new EditedDocx.Piece.Foreign("a comment"));
                    default -> {
                        // pPr, proofErr, permissions, comment range ends, revision marks: no text
                    }
                }
            }
        }

        private String hyperlink(Element hyperlink) {
            String id = hyperlink.getAttributeNS(R, "id");
            if (!id.isEmpty()) {
                return links.getOrDefault(id, "");
            }
            String anchor = hyperlink.getAttributeNS(W, "anchor");
            return anchor.isEmpty() ? "" : "#" + anchor;
        }

        private void run(Element run, String link, boolean deleted) {
            Element rPr = child(run, "rPr");
            boolean bold = toggle(rPr, "b");
            boolean italic = toggle(rPr, "i");
            Set<String> formatting = formatting(rPr, link != null);
            for (Node node = run.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                    if (node instanceof Element && !deleted && field != 1) {
                        pieces.add(new EditedDocx.Piece.Foreign("an embedded object"));
                    }
                    continue;
                }
                String name = element.getLocalName();
                if (name.equals("fldChar")) {
                    switch (element.getAttributeNS(W, "fldCharType")) {
                        case "begin" -> {
                            field = 1;
                            instruction.setLength(0);
                        }
                        case "separate" -> field = 2;
                        case "end" -> {
                            field = 0;
                            String cited = citedBy(instruction.toString());
                            if (cited != null && !deleted) {
                                pieces.add(citation(citationBookmarks.get(cited)));
                            }
                        }
                        default -> {
                        }
                    }
                    continue;
                }
                if (field == 1 && name.equals("instrText")) {
                    instruction.append(element.getTextContent());
                }
                if (deleted || field == 1 || field == 2 && citedBy(instruction.toString()) != null) {
                    continue; // deleted text, a field's instruction, or the number a citation field shows
                }
                switch (name) {
                    case "t" -> text(element.getTextContent(), bold, italic, formatting, link);
                    case "tab", "ptab" -> text("\t", bold, italic, formatting, link);
                    case "noBreakHyphen" -> text("\u2011", bold, italic, formatting, link);
                    case "sym" -> symbol(element, bold, italic, formatting, link);
                    case "br", "cr" -> pieces.add(new EditedDocx.Piece.Break());
                    case "drawing", "pict", "object" -> pieces.add(new EditedDocx.Piece.Foreign(
                            element.getElementsByTagNameNS(W, "txbxContent").getLength() > 0 ? "a text box"
                                    : "a picture"));
                    case "footnoteReference" -> pieces.add(citation(element.getAttributeNS(W, "id")));
                    case "endnoteReference" -> pieces.add(new EditedDocx.Piece.Foreign("an endnote"));
                    default -> {
                        // rPr, softHyphen, lastRenderedPageBreak, annotation marks: nothing to read
                    }
                }
            }
        }

        /** The citation bookmark a field's instruction ({@code NOTEREF _RefNote1 \\f \\h}) refers to, or null. */
    private static String citedBy(String instruction) {
        String[] words = instruction.strip().split("\\s+");
        return words.length >= 2 && words[0].equalsIgnoreCase("NOTEREF") ? words[1] : null;
    }

    private void symbol(Element sym, boolean bold, boolean italic, Set<String> formatting, String link) {
            try {
                int code = Integer.parseInt(sym.getAttributeNS(W, "char"), 16);
                // symbol fonts map their glyphs to the private use area F0xx
                text(code >= 0xF000 && code <= 0xF0FF ? Character.toString(code - 0xF000) : Character.toString(code),
                        bold, italic, formatting, link);
            } catch (IllegalArgumentException e) {
                pieces.add(new EditedDocx.Piece.Foreign("a symbol"));
            }
        }

        private void text(String text, boolean bold, boolean italic, Set<String> formatting, String link) {
            if (!text.isEmpty()) {
                pieces.add(new EditedDocx.Piece.Text(text, bold, italic, formatting, link));
            }
        }
    }

    /** Direct formatting a model text cannot hold (bold and italic are read apart). */
    private Set<String> formatting(Element rPr, boolean inLink) {
        if (rPr == null) {
            return Set.of();
        }
        Set<String> formatting = new HashSet<>();
        Element u = child(rPr, "u");
        if (u != null && !"none".equals(u.getAttributeNS(W, "val")) && !inLink) {
            formatting.add("underline");
        }
        if (on(child(rPr, "strike")) || on(child(rPr, "dstrike"))) {
            formatting.add("strikethrough");
        }
        Element highlight = child(rPr, "highlight");
        if (highlight != null && !"none".equals(highlight.getAttributeNS(W, "val"))) {
            formatting.add("highlight");
        }
        Element vertAlign = child(rPr, "vertAlign");
        if (vertAlign != null && !"baseline".equals(vertAlign.getAttributeNS(W, "val"))) {
            formatting.add(vertAlign.getAttributeNS(W, "val"));
        }
        if (on(child(rPr, "caps")) || on(child(rPr, "smallCaps"))) {
            formatting.add("capitals");
        }
        Element color = child(rPr, "color");
        if (color != null && !inLink && !Set.of("auto", "000000").contains(color.getAttributeNS(W, "val"))) {
            formatting.add("colour");
        }
        return formatting;
    }

    /**
     * Whether a run's bold or italic ({@code property}) is on: as its own properties set it, else
     * as its character style (or the style that one is based on) does.
     */
    private boolean toggle(Element rPr, String property) {
        if (rPr == null) {
            return false;
        }
        if (child(rPr, property) != null) {
            return on(child(rPr, property));
        }
        Element rStyle = child(rPr, "rStyle");
        Element style = rStyle == null ? null : characterStyles.get(rStyle.getAttributeNS(W, "val"));
        for (int depth = 0; style != null && depth < 10; depth++) {
            Element styleRPr = child(style, "rPr");
            if (styleRPr != null && child(styleRPr, property) != null) {
                return on(child(styleRPr, property));
            }
            Element basedOn = child(style, "basedOn");
            style = basedOn == null ? null : characterStyles.get(basedOn.getAttributeNS(W, "val"));
        }
        return false;
    }

    /** A toggle property ({@code <w:b/>}, {@code <w:b w:val="false"/>}) that is on. */
    private static boolean on(Element toggle) {
        if (toggle == null) {
            return false;
        }
        String value = toggle.getAttributeNS(W, "val");
        return !(value.equals("0") || value.equals("false") || value.equals("off"));
    }

    // --- helpers ----------------------------------------------------------------------------

    static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && W.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> elements(Element parent, String localName) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && W.equals(element.getNamespaceURI())) {
                elements.add(element);
            }
        }
        return elements;
    }
}
