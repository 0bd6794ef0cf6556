package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Palette;
import org.briefing.html.EditionView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the edition's XHTML into a {@link BriefingDocument}. It knows exactly the element
 * vocabulary of {@code templates/README.md}; anything else is a {@link DocxException} naming the
 * element and its path, so a template change can never silently drop content from the DOCX.
 * Stateless apart from where stylesheets come from; thread-safe.
 */
final class XhtmlReader {
    private static final Pattern DATA_ADDRESS =
            Pattern.compile("data:(image/png|image/jpeg);base64,([A-Za-z0-9+/=]+)");
    private static final Pattern STYLE_WIDTH =
            Pattern.compile("(?:^|;)\\s*width\\s*:\\s*(\\d+(?:\\.\\d+)?)px");
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Function<String, Optional<byte[]>> stylesheets;

    /** @param stylesheets reads a stylesheet named by {@code link[href]} from the template set */
    XhtmlReader(Function<String, Optional<byte[]>> stylesheets) {
        this.stylesheets = stylesheets;
    }

    BriefingDocument read(Document xhtml) {
        Element html = xhtml.getDocumentElement();
        expect(html, "html");
        String language = html.getAttribute("lang").strip();
        if (language.isEmpty()) {
            throw new DocxException(path(html) + ": no lang attribute; the DOCX needs the edition's language");
        }
        Head head = new Head();
        Body body = new Body();
        boolean tight = false;
        for (Element child : children(html)) {
            switch (child.getLocalName()) {
                case "head" -> readHead(child, head);
                case "body" -> {
                    tight = classes(child).contains("tight");
                    body.blocks(child, body.blocks);
                }
                default -> throw outside(child);
            }
        }
        boolean bilingual = head.meta.containsKey("briefing-languages");
        return new BriefingDocument(head.info(tight), head.page, language,
                new BriefingDocument.Furniture(body.bannerTop, body.bannerBottom, body.runningLeft, body.runningRight,
                        body.pageFooter), bilingual ? FieldMarks.withoutMarks(body.blocks)
                        : FieldMarks.oneRangePerField(body.blocks), body.footnotes);
    }

    // --- head -------------------------------------------------------------------------------

    private static final class Head {
        String title;
        final Map<String, String> meta = new HashMap<>();
        PageSetup page = PageSetup.DEFAULT;

        BriefingDocument.DocumentInfo info(boolean tight) {
            return new BriefingDocument.DocumentInfo(title, meta.get("subject"), meta.get("keywords"),
                    meta.get("author"), meta.get("date"), meta.get("briefing-id"), meta.get("briefing-country"),
                    meta.get("revision-author"), meta.get("briefing-languages"),
                    Integer.parseInt(meta.getOrDefault(PAGES, "0")), tight ? TIGHT_SPACING : 1);
        }
    }

    /** What the PDF's layout writes into the head: how many pages it has. */
    static final String PAGES = "briefing-pages";
    /** The part of the stylesheet's spacing {@code body.tight} keeps (see {@code briefing.css}). */
    static final double TIGHT_SPACING = 0.6;

    private static final Set<String> META_NAMES = Set.of("subject", "keywords", "author", "date", "briefing-id",
            "briefing-country", "revision-author", "briefing-languages", PAGES);

    private void readHead(Element headElement, Head head) {
        for (Element child : children(headElement)) {
            switch (child.getLocalName()) {
                case "title" -> head.title = oneLine(child.getTextContent());
                case "meta" -> {
                    String name = child.getAttribute("name");
                    if (name.equals("date") && !isIsoDate(child.getAttribute("content").strip())) {
                        throw new DocxException(path(child) + ": <meta name=\"date\"> needs an ISO date (yyyy-mm-dd), "
                                + "not '" + child.getAttribute("content") + "'");
                    }
                    if (name.equals(PAGES) && !child.getAttribute("content").strip().matches("[1-9][0-9]{0,5}")) {
                        throw new DocxException(path(child) + ": <meta name=\"" + PAGES + "\"> needs a page count, "
                                + "not '" + child.getAttribute("content") + "'");
                    }
                    if (META_NAMES.contains(name)) {
                        head.meta.put(name, oneLine(child.getAttribute("content")));
                    } else if (!child.hasAttribute("http-equiv") && !child.hasAttribute("charset")) {
                        throw new DocxException(path(child) + ": <meta name=\"" + name
                                + "\"> is outside the template vocabulary (subject, keywords, author, date, "
                                + "briefing-id, briefing-country, briefing-languages, revision-author, " + PAGES + ")");
                    }
                }
                case "link" -> {
                    if (!child.getAttribute("rel").equals("stylesheet")) {
                        throw outside(child);
                    }
                    head.page = PageCss.apply(head.page, stylesheet(child));
                }
                case "style" -> head.page = PageCss.apply(head.page, child.getTextContent());
                case "bookmarks" -> {
                    // the PDF outline; in Word the headings' outline levels give the navigation pane
                }
                default -> throw outside(child);
            }
        }
    }

    private String stylesheet(Element link) {
        String href = link.getAttribute("href");
        return stylesheets.apply(href).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new DocxException(path(link) + ": stylesheet '" + href
                        + "' is not in the template folder"));
    }

    // --- body -------------------------------------------------------------------------------

    /** The body being read: the blocks, and the running content that goes to header and footer. */
    private static final class Body {
        final List<Block> blocks = new ArrayList<>();
        List<Inline> bannerTop = List.of();
        List<Inline> bannerBottom = List.of();
        List<Inline> pageFooter = List.of();
        List<Inline> runningLeft = List.of();
        List<Inline> runningRight = List.of();
        final List<BriefingDocument.Footnote> footnotes = new ArrayList<>();

        void blocks(Element parent, List<Block> out) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                    if (!node.getNodeValue().isBlank()) {
                        throw new DocxException(path(parent) + ": text outside a paragraph: \""
                                + abbreviate(node.getNodeValue()) + "\"");
                    }
                } else if (node instanceof Element element) {
                    block(element, out);
                }
            }
        }

        private void block(Element element, List<Block> out) {
            if (element.hasAttribute(FIELD) && Set.of("div", "section", "ul", "ol").contains(element.getLocalName())) {
                throw new DocxException(path(element) + ": data-field belongs on the paragraphs (p, h1, li, "
                        + "blockquote) or the words (span, strong, em, a) that hold the field's text");
            }
            switch (element.getLocalName()) {
                case "div" -> div(element, out);
                case "section" -> {
                    Element notes = notesOf(element);
                    if (notes != null) {
                        footnotes(notes);
                    } else {
                        blocks(element, out);
                    }
                }
                case "h1" -> out.add(new Block.Title(marked(element, inlines(element))));
                case "h2", "h3" -> out.add(new Block.Heading(element.getLocalName().equals("h2") ? 1 : 2,
                        keptToEnd(element, marked(element, inlines(element))), sectionOf(element)));
                case "p" -> out.add(new Block.Paragraph(paragraphKind(element),
                        keptToEnd(element, marked(element, inlines(element)))));
                case "ul", "ol" -> out.add(list(element));
                case "table" -> out.add(table(element));
                case "blockquote" -> out.add(quote(element));
                case "figure" -> figure(element, out);
                default -> throw outside(element);
            }
        }

        /**
         * The notes the edition cites ({@code li[data-note]}, in the order of their numbers): in a
         * DOCX they are footnotes, on the pages that cite them, so their section is not in the body.
         */
        private void footnotes(Element list) {
            Block.ListBlock notes = list(list);
            List<Element> items = children(list);
            for (int i = 0; i < items.size(); i++) {
                footnotes.add(new BriefingDocument.Footnote(number(items.get(i).getAttribute("id"), "note-"),
                        items.get(i).getAttribute("data-note"), notes.items().get(i).paragraphs()));
            }
        }

        /** The list of notes a section holds ({@code ol} of {@code li[data-note]}), or null. */
        private static Element notesOf(Element section) {
            for (Element child : children(section)) {
                if (child.getLocalName().equals("ol") && !children(child).isEmpty()
                        && children(child).stream().allMatch(li -> li.hasAttribute("data-note"))) {
                    return child;
                }
            }
            return null;
        }

        /**
         * A {@code figure}: its pictures or charts, each a paragraph of its own, a chart's data
         * table, and its caption under them.
         */
        private void figure(Element figure, List<Block> out) {
            for (Element child : children(figure)) {
                switch (child.getLocalName()) {
                    case "img" -> out.add(new Block.Paragraph(Block.Kind.PICTURE, List.of(picture(child))));
                    case "object" -> out.add(new Block.Paragraph(Block.Kind.PICTURE, List.of(chart(child))));
                    case "table" -> out.add(table(child).keptWhole());
                    case "figcaption" -> out.add(new Block.Paragraph(Block.Kind.PICTURE_CAPTION,
                            marked(child, inlines(child))));
                    default -> throw outside(child);
                }
            }
        }

        /** The id of the section a heading opens (its first element), or null. */
        private static String sectionOf(Element heading) {
            if (heading.getParentNode() instanceof Element section && section.getLocalName().equals("section")
                    && !section.getAttribute("id").isBlank() && children(section).get(0) == heading) {
                return section.getAttribute("id").strip();
            }
            return null;
        }

        private void div(Element div, List<Block> out) {
            Set<String> classes = classes(div);
            if (classes.contains("banner-top")) {
                bannerTop = inlines(div, Inline.Role.BANNER);
            } else if (classes.contains("banner-bottom")) {
                bannerBottom = inlines(div, Inline.Role.BANNER);
            } else if (classes.contains("running-left")) {
                runningLeft = inlines(div);
            } else if (classes.contains("running-right")) {
                runningRight = inlines(div);
            } else if (classes.contains("page-footer")) {
                pageFooter = inlines(div);
            } else if (classes.contains("title-block")) {
                blocks(div, out);
            } else if (classes.contains("toc")) {
                out.add(contents(div));
            } else {
                throw outside(div);
            }
        }

        /**
         * The table of contents the PDF's layout adds ({@code pdf.TableOfContents}): a title
         * ({@code h2}) and a list whose items hold a link to a section with the entry's text.
         */
        private static Block.Contents contents(Element toc) {
            List<Inline> title = List.of();
            List<Block.Contents.Entry> entries = new ArrayList<>();
            for (Element child : children(toc)) {
                switch (child.getLocalName()) {
                    case "h2" -> title = inlines(child);
                    case "ul" -> {
                        for (Element li : children(child)) {
                            expect(li, "li");
                            entries.add(contentsEntry(li));
                        }
                    }
                    default -> throw outside(child);
                }
            }
            return new Block.Contents(title, entries);
        }

        private static Block.Contents.Entry contentsEntry(Element li) {
            var spans = li.getElementsByTagNameNS(XHTML, "span");
            Element entry = spans.getLength() == 1 ? (Element) spans.item(0) : null;
            if (entry == null || !entry.getAttribute("data-target").startsWith("#")) {
                throw new DocxException(path(li) + ": a line of the table of contents needs one "
                        + "<span data-target=\"#section\"> with its text");
            }
            String page = entry.getAttribute("data-page").strip();
            return new Block.Contents.Entry(inlines(entry), sectionLedTo(li, entry.getAttribute("data-target")),
                    page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 0);
        }

        /**
         * The id of the section a line of the contents leads to: its target, or the section whose
         * heading its target is (the PDF leads to a section's heading, pdf.HeadingTargets).
         */
        private static String sectionLedTo(Element li, String target) {
            String id = target.substring(1);
            NodeList all = li.getOwnerDocument().getElementsByTagNameNS(XHTML, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (id.equals(element.getAttribute("id"))) {
                    String section = sectionOf(element);
                    return section != null ? section : id;
                }
            }
            return id;
        }

        private static Block.Kind paragraphKind(Element p) {
            Set<String> classes = classes(p);
            if (classes.isEmpty()) {
                return Block.Kind.BODY;
            }
            if (classes.size() == 1) {
                switch (classes.iterator().next()) {
                    case "lead" -> {
                        return Block.Kind.LEAD;
                    }
                    case "kicker" -> {
                        return Block.Kind.KICKER;
                    }
                    case "country" -> {
                        return Block.Kind.SUBTITLE;
                    }
                    case "meta" -> {
                        return Block.Kind.META;
                    }
                    default -> {
                    }
                }
            }
            // the class chooses the Word style, so an unknown one cannot just become body text
            throw new DocxException(path(p) + ": <p class=\"" + p.getAttribute("class")
                    + "\"> is outside the template vocabulary (lead, kicker, country, meta)");
        }

        private static Block.ListBlock list(Element list) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Element li : children(list)) {
                expect(li, "li");
                List<List<Inline>> paragraphs = new ArrayList<>();
                for (Element p : children(li)) {
                    expect(p, "p");
                    if (!classes(p).isEmpty()) {
                        throw outside(p);
                    }
                    paragraphs.add(marked(p, inlines(p)));
                }
                if (paragraphs.isEmpty()) {
                    throw new DocxException(path(li) + ": a list item needs its text in <p> elements");
                }
                List<List<Inline>> marked = new ArrayList<>(markedParagraphs(li, paragraphs));
                marked.set(0, keptToEnd(li, marked.get(0)));
                items.add(new Block.ListItem(marked));
            }
            return new Block.ListBlock(list.getLocalName().equals("ol"), items);
        }

        /** A table: its caption, then its rows, header rows from {@code thead} (or rows of {@code th} cells). */
        private Block.Table table(Element table) {
            for (Node up = table.getParentNode(); up instanceof Element e; up = e.getParentNode()) {
                if (e.getLocalName().equals("td") || e.getLocalName().equals("th")) {
                    throw new DocxException(path(table) + ": a table inside a table cell is outside the vocabulary");
                }
            }
            List<Inline> caption = List.of();
            List<Block.Row> rows = new ArrayList<>();
            for (Element child : children(table)) {
                switch (child.getLocalName()) {
                    case "caption" -> caption = inlines(child);
                    case "thead", "tbody", "tfoot" -> {
                        for (Element tr : children(child)) {
                            expect(tr, "tr");
                            rows.add(row(tr, child.getLocalName().equals("thead")));
                        }
                    }
                    case "tr" -> rows.add(row(child, false));
                    case "colgroup", "col" -> {
                        // column widths are the layout's; the DOCX shares the width out evenly
                    }
                    default -> throw outside(child);
                }
            }
            if (rows.isEmpty()) {
                throw new DocxException(path(table) + ": a table needs rows");
            }
            int columns = rows.stream().mapToInt(row -> row.cells().size()).max().orElse(1);
            return new Block.Table(table.getAttribute("class").strip(), caption, rows, columns);
        }

        private Block.Row row(Element tr, boolean header) {
            List<Block.Cell> cells = new ArrayList<>();
            boolean allHeadings = true;
            for (Element cell : children(tr)) {
                if (!cell.getLocalName().equals("td") && !cell.getLocalName().equals("th")) {
                    throw outside(cell);
                }
                boolean heading = cell.getLocalName().equals("th");
                allHeadings &= heading;
                cells.add(new Block.Cell(cellBlocks(cell), heading));
            }
            return new Block.Row(cells, header || allHeadings && !cells.isEmpty() && rowsBefore(tr) == 0);
        }

        /** How many rows come before {@code tr} in its table. */
        private static int rowsBefore(Element tr) {
            int count = 0;
            for (Node node = tr.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
                if (node instanceof Element e && e.getLocalName().equals("tr")) {
                    count++;
                }
            }
            return count;
        }

        /**
         * A cell's blocks: its block elements, or its inline content as one paragraph. A plain
         * {@code p} in a cell is table text; a cell's field mark spans its paragraphs.
         */
        private List<Block> cellBlocks(Element cell) {
            Block.Kind kind = cell.getLocalName().equals("th") ? Block.Kind.TABLE_HEADING : Block.Kind.TABLE_TEXT;
            boolean blocks = false;
            for (Node node = cell.getFirstChild(); node != null; node = node.getNextSibling()) {
                blocks |= node instanceof Element child && CELL_BLOCKS.contains(child.getLocalName());
            }
            if (!blocks) {
                return List.of(new Block.Paragraph(kind, marked(cell, inlines(cell))));
            }
            List<Block> out = new ArrayList<>();
            blocks(cell, out);
            List<Block> cellText = out.stream().map(block -> block instanceof Block.Paragraph p
                    && p.kind() == Block.Kind.BODY ? new Block.Paragraph(kind, p.inlines()) : block).toList();
            if (field(cell) == null) {
                return cellText;
            }
            if (!cellText.stream().allMatch(Block.Paragraph.class::isInstance)) {
                throw new DocxException(path(cell) + ": data-field on a cell holding more than paragraphs; "
                        + "put it on the paragraphs that hold the field's text");
            }
            List<List<Inline>> marked = markedParagraphs(cell, cellText.stream()
                    .map(block -> ((Block.Paragraph) block).inlines()).toList());
            List<Block> result = new ArrayList<>();
            for (int i = 0; i < cellText.size(); i++) {
                result.add(new Block.Paragraph(((Block.Paragraph) cellText.get(i)).kind(), marked.get(i)));
            }
            return result;
        }

        private static final Set<String> CELL_BLOCKS = Set.of("p", "h1", "h2", "h3", "ul", "ol", "blockquote");

        private static Block.Quote quote(Element blockquote) {
            List<List<Inline>> paragraphs = new ArrayList<>();
            List<List<Inline>> attributions = new ArrayList<>();
            for (Element p : children(blockquote)) {
                expect(p, "p");
                Set<String> classes = classes(p);
                if (classes.equals(Set.of("attribution"))) {
                    attributions.add(marked(p, inlines(p)));
                } else if (classes.isEmpty()) {
                    paragraphs.add(marked(p, inlines(p)));
                } else {
                    throw outside(p);
                }
            }
            if (blockquote.hasAttribute(FIELD)) {
                List<List<Inline>> all = new ArrayList<>(paragraphs);
                all.addAll(attributions);
                List<List<Inline>> marked = markedParagraphs(blockquote, all);
                paragraphs = new ArrayList<>(marked.subList(0, paragraphs.size()));
                attributions = new ArrayList<>(marked.subList(paragraphs.size(), marked.size()));
            }
            if (!paragraphs.isEmpty()) {
                paragraphs = new ArrayList<>(paragraphs);
                paragraphs.set(0, keptToEnd(blockquote, paragraphs.get(0)));
            }
            return new Block.Quote(paragraphs, attributions);
        }
    }

    // --- layout -----------------------------------------------------------------------------

    /** The attribute with which the PDF's layout marks where the text it kept together to the end starts. */
    static final String KEEP_TO_END = "data-keep-to-end";

    /** {@code inlines} of {@code element}'s first paragraph, marked where the text kept to the end starts. */
    private static List<Inline> keptToEnd(Element element, List<Inline> inlines) {
        if (!element.hasAttribute(KEEP_TO_END)) {
            return inlines;
        }
        List<Inline> marked = new ArrayList<>(inlines.size() + 1);
        marked.add(new Inline.KeepToEnd());
        marked.addAll(inlines);
        return marked;
    }

    // --- field marks ------------------------------------------------------------------------

    /** The attribute that names the model field an element's text is (see templates/README.md). */
    static final String FIELD = "data-field";

    /** {@code inlines} between the marks of the element's field, if it names one. */
    private static List<Inline> marked(Element element, List<Inline> inlines) {
        String field = field(element);
        if (field == null) {
            return inlines;
        }
        if (inlines.stream().anyMatch(inline -> inline instanceof Inline.Mark
                || inline instanceof Inline.Link link && link.inlines().stream().anyMatch(Inline.Mark.class::isInstance))) {
            throw new DocxException(path(element) + ": data-field inside another data-field; fields do not nest");
        }
        boolean block = !INLINE_ELEMENTS.contains(element.getLocalName());
        boolean bold = false;
        boolean italic = false;
        boolean linked = false;
        for (Node up = element; up instanceof Element e && INLINE_ELEMENTS.contains(e.getLocalName());
             up = e.getParentNode()) {
            bold |= e.getLocalName().equals("strong");
            italic |= e.getLocalName().equals("em")
                    || e.getLocalName().equals("cite") && !classes(e).contains("quoted");
            linked |= e.getLocalName().equals("a");
        }
        List<Inline> marked = new ArrayList<>(inlines.size() + 2);
        marked.add(new Inline.Mark(field, true, block, bold, italic, linked));
        marked.addAll(inlines);
        marked.add(new Inline.Mark(field, false, block, bold, italic, linked));
        return marked;
    }

    /** Paragraphs of an element (li, blockquote) whose field spans them all: from the first's start to the last's end. */
    private static List<List<Inline>> markedParagraphs(Element element, List<List<Inline>> paragraphs) {
        String field = field(element);
        if (field == null || paragraphs.isEmpty()) {
            return paragraphs;
        }
        List<List<Inline>> marked = new ArrayList<>(paragraphs);
        List<Inline> first = new ArrayList<>(marked.get(0));
        first.add(0, new Inline.Mark(field, true, true));
        marked.set(0, first);
        List<Inline> last = new ArrayList<>(marked.get(marked.size() - 1));
        last.add(new Inline.Mark(field, false, true));
        marked.set(marked.size() - 1, last);
        return marked;
    }

    private static final Set<String> INLINE_ELEMENTS = Set.of("span", "strong", "em", "cite", "a");

    private static String field(Element element) {
        if (!element.hasAttribute(FIELD)) {
            return null;
        }
        String field = element.getAttribute(FIELD).strip();
        if (!FieldBookmark.isValidField(field)) {
            throw new DocxException(path(element) + ": data-field=\"" + field + "\" is not a field path such as "
                    + "achievements[2] or quotes[0].speaker");
        }
        return field;
    }

    // --- inlines ----------------------------------------------------------------------------

    private static List<Inline> inlines(Element parent) {
        return inlines(parent, Inline.Role.TEXT);
    }

    private static List<Inline> inlines(Element parent, Inline.Role role) {
        List<Inline> raw = new ArrayList<>();
        new InlineReader(null, declaredLanguage(parent), role).inlines(parent, false, false, false, raw);
        return Whitespace.collapse(raw);
    }

    /**
     * The {@code lang} of the element or of its nearest ancestor below {@code html} that has one,
     * or null: the text is in the document's language.
     */
    private static String declaredLanguage(Element element) {
        for (Node node = element; node instanceof Element e && node.getParentNode() instanceof Element;
                node = node.getParentNode()) {
            if (!e.getAttribute("lang").isBlank()) {
                return e.getAttribute("lang").strip();
            }
        }
        return null;
    }

    /**
     * Reads inline content; inside {@code ins} or {@code del}, as that tracked change; in
     * {@code language} (null: the document's) until an element names another.
     */
    private record InlineReader(Inline.Revision revision, String language, Inline.Role role) {
        InlineReader(Inline.Revision revision, String language) {
            this(revision, language, Inline.Role.TEXT);
        }

        void inlines(Element parent, boolean bold, boolean italic, boolean inLink, List<Inline> out) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.add(new Inline.Text(node.getNodeValue(), bold, italic, revision, language, role));
                } else if (node instanceof Element element) {
                    String own = element.getAttribute("lang").strip();
                    InlineReader reader = own.isEmpty() ? this : new InlineReader(revision, own, role);
                    reader.element(element, bold, italic, inLink, out);
                }
            }
        }

        private void element(Element element, boolean bold, boolean italic, boolean inLink, List<Inline> out) {
            switch (element.getLocalName()) {
                case "strong", "em", "cite", "span" -> {
                    List<Inline> content = new ArrayList<>();
                    switch (element.getLocalName()) {
                        case "strong" -> inlines(element, true, italic, inLink, content);
                        case "em" -> inlines(element, bold, true, inLink, content);
                        // a title in quotation marks (typesetting put them there) is not also italic
                        case "cite" -> inlines(element, bold, !classes(element).contains("quoted"), inLink, content);
                        default -> span(element, bold, italic, inLink, content);
                    }
                    out.addAll(marked(element, content));
                }
                case "br" -> out.add(new Inline.LineBreak());
                case "img" -> out.add(XhtmlReader.picture(element));
                case "ins", "del" -> {
                    if (revision != null) {
                        throw new DocxException(path(element) + ": <" + element.getLocalName()
                                + "> inside another tracked change");
                    }
                    new InlineReader(new Inline.Revision(element.getLocalName().equals("ins"),
                            element.getAttribute("datetime").strip()), language, role)
                            .inlines(element, bold, italic, inLink, out);
                }
                case "a" -> {
                    if (classes(element).contains(NOTE_REFERENCE)) {
                        // the renderer names a note's first marker note-ref-N, later ones note-ref-N-2, ...
                        out.add(new Inline.NoteReference(noteNumber(element),
                                element.getAttribute("id").matches("note-ref-\\d+"),
                                element.getAttribute("data-cites")));
                        return;
                    }
                    String href = element.getAttribute("href").strip();
                    if (href.isEmpty() || inLink) {
                        throw new DocxException(path(element) + ": <a> needs an href and cannot be inside "
                                + "another link");
                    }
                    List<Inline> content = new ArrayList<>();
                    inlines(element, bold, italic, true, content);
                    String title = element.getAttribute("title").strip();
                    // the marks go around the link: the field is the link's text
                    out.addAll(marked(element, List.of(new Inline.Link(href, title.isEmpty() ? null : title,
                            content))));
                }
                default -> throw outside(element);
            }
        }

        private void span(Element span, boolean bold, boolean italic, boolean inLink, List<Inline> out) {
            Set<String> classes = classes(span);
            if (classes.contains("page-number")) {
                out.add(new Inline.PageNumber());
            } else if (classes.contains("page-count")) {
                out.add(new Inline.PageCount());
            } else if (classes.contains("meta-label") || classes.contains("url")) {
                new InlineReader(revision, language, classes.contains("url") ? Inline.Role.URL : Inline.Role.META_LABEL)
                        .inlines(span, bold, italic, inLink, out);
            } else {
                inlines(span, bold, italic, inLink, out);
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    /** The class of a note's marker, which links to {@code #note-N}. */
    private static final String NOTE_REFERENCE = "note-ref";

    private static int noteNumber(Element marker) {
        return number(marker.getAttribute("href").strip(), "#note-");
    }

    /** The number after {@code prefix} in {@code name} ({@code note-3}), as the renderer numbered notes. */
    private static int number(String name, String prefix) {
        try {
            if (name.startsWith(prefix)) {
                return Integer.parseInt(name.substring(prefix.length()));
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new DocxException("'" + name + "' is not a note's number (" + prefix + "N): notes are numbered by"
                + " the renderer");
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (!XHTML.equals(element.getNamespaceURI())) {
                    throw new DocxException(path(element) + ": element outside the XHTML namespace");
                }
                elements.add(element);
            } else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                throw new DocxException(path(parent) + ": unexpected text \"" + abbreviate(node.getNodeValue())
                        + "\"");
            }
        }
        return elements;
    }

    private static void expect(Element element, String name) {
        if (!name.equals(element.getLocalName())) {
            throw outside(element);
        }
    }

    private static DocxException outside(Element element) {
        String classes = element.getAttribute("class").strip();
        return new DocxException(path(element) + ": <" + element.getLocalName()
                + (classes.isEmpty() ? "" : " class=\"" + classes + "\"")
                + "> is outside the template vocabulary (templates/README.md); the DOCX writer cannot place it");
    }

    private static Set<String> classes(Element element) {
        String value = element.getAttribute("class").strip();
        return value.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(value.split("\\s+")));
    }

    /** Where an element is, CSS-like: {@code html > body > section#quotes > blockquote:nth-of-type(2)}. */
    /**
     * An {@code img} whose {@code src} the renderer made the picture itself (a {@code data:}
     * address), at the width its style gives (CSS pixels) or its own.
     */
    static Inline.Picture picture(Element img) {
        String src = img.getAttribute("src").strip();
        Matcher data = DATA_ADDRESS.matcher(src);
        if (!data.matches()) {
            throw new DocxException(path(img) + ": <img> must be a picture of the model or the template folder");
        }
        byte[] bytes = Base64.getDecoder().decode(data.group(2));
        double width = pixels(img.getAttribute("width"));
        double height = pixels(img.getAttribute("height"));
        Matcher styled = STYLE_WIDTH.matcher(img.getAttribute("style"));
        double shown = styled.find() ? Double.parseDouble(styled.group(1)) : width;
        return new Inline.Picture(data.group(1), bytes, shown * 0.75, width > 0 ? height / width : 1,
                img.getAttribute("alt").strip());
    }

    /** A chart's {@code object}, as the renderer completed it (html.ChartSources). */
    static Inline.Chart chart(Element object) {
        if (!EditionView.ChartView.TYPE.equals(object.getAttribute("type"))) {
            throw new DocxException(path(object) + ": <object> must be a chart, type=\"" + EditionView.ChartView.TYPE
                    + "\"");
        }
        return new Inline.Chart(ChartSpec.fromJson(object.getAttribute("data-chart")),
                Palette.ofAttribute(object.getAttribute("data-palette")), object.getAttribute("alt").strip());
    }

    private static double pixels(String value) {
        return value.strip().matches("\\d{1,6}") ? Double.parseDouble(value.strip()) : 0;
    }

    static String path(Element element) {
        List<String> steps = new ArrayList<>();
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            StringBuilder step = new StringBuilder(e.getLocalName());
            if (!e.getAttribute("id").isEmpty()) {
                step.append('#').append(e.getAttribute("id"));
            } else if (!e.getAttribute("class").isBlank()) {
                step.append('.').append(String.join(".", e.getAttribute("class").strip().split("\\s+")));
            }
            int index = 1;
            int count = 0;
            for (Node sibling = e.getParentNode() == null ? null : e.getParentNode().getFirstChild();
                    sibling != null; sibling = sibling.getNextSibling()) {
                if (sibling instanceof Element s && s.getLocalName().equals(e.getLocalName())) {
                    count++;
                    if (s == e) {
                        index = count;
                    }
                }
            }
            if (count > 1 && e.getAttribute("id").isEmpty()) {
                step.append(":nth-of-type(").append(index).append(')');
            }
            steps.add(0, step.toString());
        }
        return String.join(" > ", steps);
    }

    private static boolean isIsoDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String abbreviate(String text) {
        String line = oneLine(text);
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
