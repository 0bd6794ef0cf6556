package org.briefing.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lays a document out until its pages read well, judging each layout by its lines
 * ({@link PageLines}) and changing the document where they do not:
 * <ol>
 * <li>A briefing of more than three pages gets its table of contents.</li>
 * <li>A heading never ends a page: it keeps the first block after it (two lines of it, or all
 * of a one-line block) on its page, rule included, or goes to the next page with it, its section
 * too. This is what Word's "keep with next" and widow control do in the DOCX, so both break
 * alike. A heading that begins a page has no space above it, as in Word. The stylesheet puts the
 * space between sections under the section before, so a heading that the layout engine moves
 * over begins its page without it; one that begins a page with space above all the same (a
 * margin of its own, or the space under the section before running over the page end) is laid
 * out again without it.</li>
 * <li>A briefing of two or more pages ends with at least {@link #LAST_PAGE_LINES} lines: where
 * fewer spill onto a last page, the space between blocks is tightened ({@code body.tight}) if that
 * pulls them back. Where a last page still holds fewer, a paragraph split over the page end sends
 * more of its lines over, or the end of the text (a short final section with its heading, or
 * enough of the last blocks) goes over to the last page together.</li>
 * </ol>
 * Each change is made on a copy of the document ({@link LayoutMarks}) and laid out again; a
 * briefing that needs none is laid out once, as before. Not thread-safe: one per document.
 */
final class Pagination {
    static final int LAST_PAGE_LINES = 4;
    /** The most lines sent over to the last page to fill it: a third of a page. */
    static final int MOST_SENT_OVER = 15;
    /** How the layout marks a block that starts the text kept together to the end, for the DOCX. */
    static final String KEEP_TO_END = "data-keep-to-end";

    private final Function<Document, PdfBoxRenderer> layout;
    private Document document;
    private PdfBoxRenderer renderer;
    private PageLines lines;
    private int layouts;

    /** @param layout makes a renderer of a document and lays it out */
    Pagination(Function<Document, PdfBoxRenderer> layout, Document xhtml) {
        this.layout = layout;
        this.document = xhtml;
    }

    /**
     * Lays the document out, with a table of contents from {@code contents} where it is long;
     * the renderer returned is laid out and the caller's to close.
     */
    PdfBoxRenderer run(Function<Document, Document> contents) {
        lay(document);
        if (lines.pageCount() > TableOfContents.PAGES_WITHOUT) {
            Document withContents = contents.apply(document);
            if (withContents != document) {
                lay(withContents);
            }
        }
        keepHeadingsWithTheirText();
        if (lines.pageCount() >= 2 && lines.linesOnLastPage() < LAST_PAGE_LINES) {
            fillTheLastPage();
        }
        return renderer;
    }

    /** The document as finally laid out. */
    Document document() {
        return document;
    }

    PageLines lines() {
        return lines;
    }

    /** How many times the document was laid out: 1 where the first layout read well. */
    int layouts() {
        return layouts;
    }

    /** Lays {@code next} out, the layout before it closed first: one box tree in memory at a time. */
    private void lay(Document next) {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
        lines = null;
        renderer = layout.apply(next);
        layouts++;
        document = next;
        lines = PageLines.of(renderer);
    }

    /**
     * Moves each heading that ends a page to the next one, first to last, and sets a heading that
     * begins a page without its space above, as Word and LibreOffice set it (CSS truncates margins
     * at a page break too; the layout engine does not).
     */
    private void keepHeadingsWithTheirText() {
        for (int guard = 0; guard < 64; guard++) {
            Element heading = firstStrandedHeading();
            Document copy = copy();
            if (heading != null) {
                LayoutMarks.add(same(copy, sectionOf(heading)), LayoutMarks.BREAK_BEFORE);
            } else {
                heading = firstHeadingWithTheWrongSpaceAbove();
                if (heading == null) {
                    return;
                }
                Element same = same(copy, heading);
                if (LayoutMarks.has(same, LayoutMarks.NO_SPACE_ABOVE)) {
                    LayoutMarks.remove(same, LayoutMarks.NO_SPACE_ABOVE);
                } else {
                    LayoutMarks.add(same, LayoutMarks.NO_SPACE_ABOVE);
                    // the break made where the heading begins, so that no margin before it is kept either
                    Element section = same(copy, sectionOf(heading));
                    if (!LayoutMarks.has(section, LayoutMarks.BREAK_BEFORE)) {
                        LayoutMarks.add(section, LayoutMarks.BREAK_BEFORE);
                    }
                    // nor the space under the section before, which would carry the break a page on
                    Element before = previousElementSibling(section);
                    if (before != null && before.getLocalName().equals("section")
                            && !LayoutMarks.has(before, LayoutMarks.NO_SPACE_BELOW)) {
                        LayoutMarks.add(before, LayoutMarks.NO_SPACE_BELOW);
                    }
                }
            }
            lay(copy);
        }
    }

    /**
     * The first heading that begins a page (after the first) with space above it, or that was
     * set without it but no longer begins a page; null where there is none.
     */
    private Element firstHeadingWithTheWrongSpaceAbove() {
        List<PageLines.Line> all = lines.lines();
        for (int i = 1; i < all.size(); i++) {
            Element block = all.get(i).block();
            if (isHeading(block) && all.get(i - 1).block() != block) {
                boolean beginsAPage = lines.beginsItsPage(all.get(i));
                boolean setWithout = LayoutMarks.has(block, LayoutMarks.NO_SPACE_ABOVE);
                if (beginsAPage ? all.get(i).spaceAbove() && !setWithout : setWithout) {
                    return block;
                }
            }
        }
        return null;
    }

    private Element firstStrandedHeading() {
        List<PageLines.Line> all = lines.lines();
        for (int i = 0; i < all.size(); i++) {
            PageLines.Line line = all.get(i);
            if (!isHeading(line.block())) {
                continue;
            }
            int last = i;
            while (last + 1 < all.size() && all.get(last + 1).block() == line.block()) {
                last++;
            }
            // a heading already sent to a page of its own cannot be helped by sending it again
            Element section = sectionOf(line.block());
            if (stranded(all, i, last) && !LayoutMarks.has(section, LayoutMarks.BREAK_BEFORE)) {
                return line.block();
            }
            i = last;
        }
        return null;
    }

    /**
     * Whether the heading of lines {@code [first, last]} ends a page: split itself, its rule on
     * the next page, or the block after it not keeping its first two lines (or its only one) with it.
     */
    private static boolean stranded(List<PageLines.Line> all, int first, int last) {
        PageLines.Line end = all.get(last);
        if (all.get(first).page() != end.page() || end.blockEndsLater()) {
            return true;
        }
        int next = last + 1;
        if (next >= all.size() || isHeading(all.get(next).block())) {
            return false;
        }
        boolean oneLine = next + 1 >= all.size() || all.get(next + 1).block() != all.get(next).block();
        return all.get(oneLine ? next : next + 1).page() != end.page();
    }

    /**
     * Tightens the spacing if that saves the last page; then, where the last page still holds
     * too few lines, sends enough of the end over to it.
     */
    private void fillTheLastPage() {
        Document untight = document;
        int untightPages = lines.pageCount();
        Document tight = copy();
        Element body = (Element) tight.getElementsByTagName("body").item(0);
        LayoutMarks.releaseAll(tight); // its pages break anew
        body.setAttribute("class", (body.getAttribute("class") + " tight").strip());
        lay(tight);
        keepHeadingsWithTheirText();
        if (lines.pageCount() >= untightPages) {
            lay(untight); // as it was: laid out again rather than kept, for a long briefing's memory
        }
        // a page with room left at its foot takes lines sent over without passing them on: try again
        for (int attempt = 0; attempt < 3 && lines.pageCount() >= 2 && lines.linesOnLastPage() < LAST_PAGE_LINES;
                attempt++) {
            Document copy = copy();
            Element changed = sendTheEndOver(copy);
            if (changed == null) {
                return;
            }
            LayoutMarks.releaseAfter(copy, changed);
            lay(copy);
            keepHeadingsWithTheirText();
        }
    }

    /**
     * Marks {@code copy} so that the last page gets {@link #LAST_PAGE_LINES} lines: a paragraph
     * split over the page end keeps more of its lines together at its end ({@code widows}), where
     * that leaves two on the page before; otherwise the last blocks of the page before go over
     * together, their heading with them, if that is at most {@link #MOST_SENT_OVER} lines; else a
     * paragraph that fills the page before goes on to the last. Returns the element changed, or
     * null when none can be done.
     */
    private Element sendTheEndOver(Document copy) {
        List<PageLines.Line> all = lines.lines();
        int lastPage = lines.pageCount() - 1;
        int onLastPage = lines.linesOnLastPage();
        int needed = LAST_PAGE_LINES - onLastPage;
        int i = all.size() - onLastPage - 1;
        if (i < 0) {
            return null;
        }
        Element split = all.get(i).block();
        if (all.get(i + 1).block() == split && split.getLocalName().equals("p")) {
            int before = 0;
            for (int j = i; j >= 0 && all.get(j).block() == split; j--) {
                before++;
            }
            int after = 0;
            for (int j = i + 1; j < all.size() && all.get(j).block() == split; j++) {
                after++;
            }
            if (before - needed >= 2) {
                Element same = same(copy, split);
                LayoutMarks.setWidows(same, Math.max(after, LayoutMarks.widows(same)) + needed);
                return same;
            }
        }
        Element start = null;
        int sent = 0;
        while (i >= 0 && all.get(i).page() == lastPage - 1 && sent < needed) {
            Element block = all.get(i).block();
            while (i >= 0 && all.get(i).block() == block) {
                sent++;
                i--;
            }
            start = block;
        }
        if (i >= 0 && isHeading(all.get(i).block())) {
            start = all.get(i).block(); // a heading goes with the block after it
            sent++;
        }
        if (start == null || sent > MOST_SENT_OVER) {
            return longParagraphGoesOn(copy, all, needed);
        }
        Element same = same(copy, breakable(start));
        LayoutMarks.add(same, LayoutMarks.BREAK_BEFORE);
        same.setAttribute(KEEP_TO_END, "");
        return same;
    }

    /**
     * Where the page before the last ends with a paragraph that began a page earlier, too long to
     * send over whole: more of its lines go after its page break ({@code widows}), so that its
     * last {@code needed} lines move on to the last page. Null where it is no such paragraph,
     * or the page it begins on would keep fewer than two of its lines.
     */
    private Element longParagraphGoesOn(Document copy, List<PageLines.Line> all, int needed) {
        int end = all.size() - lines.linesOnLastPage() - 1;
        Element paragraph = all.get(end).block();
        if (!paragraph.getLocalName().equals("p")) {
            return null;
        }
        int pageBefore = all.get(end).page();
        int onItsLastPage = 0;
        int earlier = 0;
        for (int j = end; j >= 0 && all.get(j).block() == paragraph; j--) {
            if (all.get(j).page() == pageBefore) {
                onItsLastPage++;
            } else {
                earlier++;
            }
        }
        if (earlier - needed < 2) {
            return null;
        }
        Element same = same(copy, paragraph);
        LayoutMarks.setWidows(same, Math.max(onItsLastPage, LayoutMarks.widows(same)) + needed);
        return same;
    }

    /** What moves with a heading: its section where it opens one, the section's box and all. */
    private static Element sectionOf(Element heading) {
        return heading.getParentNode() instanceof Element parent && parent.getLocalName().equals("section")
                && firstElementChild(parent) == heading ? parent : heading;
    }

    /** Where a break before {@code block} is made: its list item or quotation where it opens one. */
    private static Element breakable(Element block) {
        Element element = block;
        while (element.getParentNode() instanceof Element parent && firstElementChild(parent) == element
                && (parent.getLocalName().equals("li") || parent.getLocalName().equals("blockquote"))) {
            element = parent;
        }
        if (element.getParentNode() instanceof Element parent && parent.getLocalName().equals("blockquote")) {
            return parent; // a quotation is never split across pages
        }
        return element;
    }

    static Element previousElementSibling(Element element) {
        for (Node node = element.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
            if (node instanceof Element sibling) {
                return sibling;
            }
        }
        return null;
    }

    private static Element firstElementChild(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static boolean isHeading(Element element) {
        return element != null && (element.getLocalName().equals("h2") || element.getLocalName().equals("h3"));
    }

    private Document copy() {
        return (Document) document.cloneNode(true);
    }

    /** The element of {@code copy} at the place of {@code element} in the current document. */
    private static Element same(Document copy, Element element) {
        List<Integer> path = new ArrayList<>();
        for (Node node = element; node.getParentNode() != null; node = node.getParentNode()) {
            int index = 0;
            for (Node sibling = node.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
                index++;
            }
            path.add(0, index);
        }
        Node node = copy;
        for (int index : path) {
            node = node.getChildNodes().item(index);
        }
        return (Element) node;
    }
}
