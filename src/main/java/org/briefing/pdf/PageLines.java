package org.briefing.pdf;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The lines of a laid-out document, in reading order, each with the page it is on and the block
 * it belongs to (the paragraph, list item or heading element): what {@link Pagination} judges a
 * layout by. Read from openhtmltopdf's box tree after layout, before any PDF is made.
 */
final class PageLines {
    /** Elements whose lines are in no page's text: the running page furniture. */
    private static final Set<String> RUNNING = Set.of("banner", "running-left", "running-right", "page-footer");

    /**
     * One line of text.
     *
     * @param page   its page, from 0
     * @param block  the element of the block it is in (a {@code p}, {@code h2}, ...)
     * @param blockEndsLater whether the box of its block ends on a later page than the line (a
     *                       heading's rule pushed over the page end)
     * @param spaceAbove     whether its block's border begins below the top of the line's page: a
     *                       margin kept there, or space left by what ends above it (for a block's
     *                       first line, whether the block begins its page with space above it)
     * @param top            where it begins, in the layout's units
     */
    record Line(int page, Element block, boolean blockEndsLater, boolean spaceAbove, int top) {
    }

    /** While the lines are read: the box tree is not kept, a layout may outlive its renderer. */
    private List<PageBox> pages;
    private final int pageCount;
    private final List<Line> lines = new ArrayList<>();
    /** Where the first line, picture or chart of each page begins. */
    private final int[] firstOnPage;

    private PageLines(BlockBox root, CssContext css) {
        this.pages = root.getLayer().getPages();
        this.pageCount = pages.size();
        this.firstOnPage = new int[pageCount];
        Arrays.fill(firstOnPage, Integer.MAX_VALUE);
        collect(root, css);
        this.pages = null;
    }

    static PageLines of(PdfBoxRenderer renderer) {
        return new PageLines(renderer.getRootBox(), renderer.getSharedContext().newLayoutContextInstance());
    }

    /** Whether {@code line} is the first thing on its page (after the first): no line, picture or chart above it. */
    boolean beginsItsPage(Line line) {
        return line.page() > 0 && line.top() <= firstOnPage[line.page()];
    }

    int pageCount() {
        return pageCount;
    }

    List<Line> lines() {
        return lines;
    }

    /** How many lines the last page holds. */
    int linesOnLastPage() {
        int last = pageCount - 1;
        return (int) lines.stream().filter(line -> line.page() == last).count();
    }

    /** The page of the first line of {@code element} or of a block inside it; -1 if it has none. */
    int pageOf(Element element) {
        for (Line line : lines) {
            if (line.block() == element || isInside(line.block(), element)) {
                return line.page();
            }
        }
        return -1;
    }

    static boolean isInside(Element element, Element ancestor) {
        for (Node node = element; node != null; node = node.getParentNode()) {
            if (node == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** @param css what the boxes' margins are read with (resolved by the layout); not kept, as the boxes are not */
    private void collect(Box box, CssContext css) {
        if (box.getElement() != null && isRunning(box.getElement())) {
            return;
        }
        if (box instanceof BlockBox replaced && replaced.isReplaced()) { // a picture or chart: no lines, but above them
            int top = replaced.getAbsY() + (int) replaced.getMargin(css).top();
            int page = pageAt(top);
            firstOnPage[page] = Math.min(firstOnPage[page], top);
            return;
        }
        if (box instanceof LineBox line) {
            // a line's inline blocks (a label set inline-block) are part of it, not lines of their own
            if (line.isContainsVisibleContent()) {
                Element block = blockOf(line);
                int page = pageAt(line.getAbsY());
                Box blockBox = line.getParent();
                boolean endsLater = blockBox != null && pageAt(blockBox.getAbsY() + blockBox.getHeight() - 1) > page;
                boolean spaceAbove = blockBox != null
                        && blockBox.getAbsY() + (int) blockBox.getMargin(css).top() > pages.get(page).getTop();
                lines.add(new Line(page, block, endsLater, spaceAbove, line.getAbsY()));
                firstOnPage[page] = Math.min(firstOnPage[page], line.getAbsY());
            }
            return;
        }
        for (Box child : box.getChildren()) {
            collect(child, css);
        }
    }

    private static boolean isRunning(Element element) {
        for (String name : element.getAttribute("class").split("\\s+")) {
            if (RUNNING.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The element of the nearest box above the line that has one (anonymous blocks have none). */
    private static Element blockOf(LineBox line) {
        for (Box box = line.getParent(); box != null; box = box.getParent()) {
            if (box.getElement() != null) {
                return box.getElement();
            }
        }
        return null;
    }

    private int pageAt(int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return pages.size() - 1;
    }
}
