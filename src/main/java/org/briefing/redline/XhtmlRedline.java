package org.briefing.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Merges two editions' XHTML (an older and a newer version of one briefing, same template and
 * language) into one XHTML that shows the changes in the template vocabulary: inserted words in
 * {@code <ins>}, deleted ones in {@code <del>} (each with the change's {@code datetime}), and
 * {@code data-change="inserted|deleted|changed"} on each paragraph, list item and quotation that
 * changed. Blocks are matched as a diff of their sequences, changed ones paired by how alike
 * they are; words by a word-level diff. Accepting every change gives the newer text, rejecting
 * every change the older. The field marks ({@code data-field}) are dropped: a redline is read,
 * not imported.
 */
final class XhtmlRedline {
    static final String CHANGE = "data-change";
    static final String INSERTED = "inserted";
    static final String DELETED = "deleted";
    static final String CHANGED = "changed";

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3");
    private static final Set<String> CONTAINERS = Set.of("section", "div", "ul", "ol", "body");
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|.", Pattern.DOTALL);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Document result;
    private final String datetime;

    private XhtmlRedline(Document result, String datetime) {
        this.result = result;
        this.datetime = datetime;
    }

    /**
     * The redline of {@code older} to {@code newer}; the newer document is left as it was.
     *
     * @param datetime the changes' date and time (ISO 8601), as Word records it for each change
     */
    static Document merge(Document older, Document newer, String datetime) {
        Document result = (Document) newer.cloneNode(true);
        XhtmlRedline redline = new XhtmlRedline(result, datetime);
        redline.children(body(older), body(result));
        redline.dropFieldMarks(result.getDocumentElement());
        return result;
    }

    static Element body(Document document) {
        for (Element child : elements(document.getDocumentElement())) {
            if (child.getLocalName().equals("body")) {
                return child;
            }
        }
        throw new IllegalArgumentException("an XHTML document without a body");
    }

    // --- blocks -----------------------------------------------------------------------------

    /** Merges the element children of {@code older} into those of {@code newer} (in the result). */
    private void children(Element older, Element newer) {
        List<Element> before = elements(older);
        List<Element> after = elements(newer);
        List<Block> from = before.stream().map(Block::new).toList();
        List<Block> to = after.stream().map(Block::new).toList();
        for (AbstractDelta<Block> delta : DiffUtils.diff(from, to, Block::same).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            List<Element> oldChunk = before.subList(oldStart, oldStart + delta.getSource().size());
            List<Element> newChunk = after.subList(newStart, newStart + delta.getTarget().size());
            Node follower = newStart + newChunk.size() < after.size() ? after.get(newStart + newChunk.size()) : null;
            chunk(newer, oldChunk, newChunk, follower);
        }
    }

    /**
     * A stretch that differs: pairs of alike blocks are merged, new ones marked inserted, old ones
     * put back before the next new one (or {@code follower}) and marked deleted.
     */
    private void chunk(Element parent, List<Element> oldChunk, List<Element> newChunk, Node follower) {
        for (Pair pair : Pair.align(oldChunk, newChunk)) {
            if (pair.older() != null && pair.newer() != null) {
                element(pair.older(), pair.newer());
            } else if (pair.newer() != null) {
                mark(pair.newer(), INSERTED);
            } else {
                Element deleted = (Element) result.importNode(pair.older(), true);
                Node before = pair.nextNewer() != null ? pair.nextNewer() : follower;
                parent.insertBefore(deleted, before);
                mark(deleted, DELETED);
            }
        }
    }

    /** Merges a block that is in both versions. */
    private void element(Element older, Element newer) {
        if (PARAGRAPHS.contains(newer.getLocalName())) {
            if (words(older, newer)) {
                changed(newer);
            }
        } else {
            children(older, newer);
        }
    }

    /** Marks a changed paragraph, or the list item or quotation it is part of. */
    private static void changed(Element paragraph) {
        Element unit = unitOf(paragraph);
        if (!unit.hasAttribute(CHANGE)) {
            unit.setAttribute(CHANGE, CHANGED);
        }
    }

    private static Element unitOf(Element element) {
        Node parent = element.getParentNode();
        if (parent instanceof Element p && (p.getLocalName().equals("li") || p.getLocalName().equals("blockquote"))) {
            return p;
        }
        return element;
    }

    /** Marks a whole block inserted or deleted: its words wrapped, each paragraph unit marked. */
    private void mark(Element block, String change) {
        if (PARAGRAPHS.contains(block.getLocalName()) || block.getLocalName().equals("li")
                || block.getLocalName().equals("blockquote")) {
            Element unit = unitOf(block);
            if (unit == block) {
                unit.setAttribute(CHANGE, change);
            } else if (!unit.hasAttribute(CHANGE)) {
                unit.setAttribute(CHANGE, CHANGED); // a paragraph of an item that stays
            }
        }
        if (PARAGRAPHS.contains(block.getLocalName())) {
            wrapText(block, change.equals(INSERTED) ? "ins" : "del");
            return;
        }
        for (Element child : elements(block)) {
            mark(child, change);
        }
    }

    /** Every text node under {@code element} into an {@code ins} or {@code del}. */
    private void wrapText(Element element, String wrapper) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                Element wrap = change(wrapper);
                element.replaceChild(wrap, node);
                wrap.appendChild(node);
                node = wrap;
            } else if (node instanceof Element child && !child.getLocalName().equals("ins")
                    && !child.getLocalName().equals("del")) {
                wrapText(child, wrapper);
            }
        }
    }

    private Element change(String name) {
        Element element = result.createElementNS(result.getDocumentElement().getNamespaceURI(), name);
        element.setAttribute("datetime", datetime);
        return element;
    }

    /** A block as the block-level diff compares it: same kind of block, same text. */
    private record Block(Element element, String kind, String text) {
        Block(Element element) {
            this(element, XhtmlRedline.kind(element), element.getTextContent().replaceAll("\\s+", " ").strip());
        }

        static boolean same(Block a, Block b) {
            return a.kind.equals(b.kind) && a.text.equals(b.text);
        }
    }

    /** What makes two blocks candidates for one another: element, classes, section id, field (any item). */
    static String kind(Element element) {
        String field = DIGITS.matcher(element.getAttribute("data-field")).replaceAll("");
        return element.getLocalName() + "." + element.getAttribute("class") + "#" + element.getAttribute("id") + "@"
                + field;
    }

    /** A block of the older version, the newer, or both; for a deleted one, the newer block it goes before. */
    private record Pair(Element older, Element newer, Element nextNewer) {
        /**
         * Pairs the blocks of two differing stretches in order, most alike first: a dynamic
         * programme over both, where a pair of the same kind scores how much of their words they
         * share (half at least, or they are an insertion and a deletion).
         */
        static List<Pair> align(List<Element> older, List<Element> newer) {
            if (older.size() == 1 && newer.size() == 1 && kind(older.get(0)).equals(kind(newer.get(0)))) {
                return List.of(new Pair(older.get(0), newer.get(0), null)); // one block changed in place
            }
            int n = older.size();
            int m = newer.size();
            double[][] score = new double[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    double pair = likeness(older.get(i), newer.get(j));
                    score[i][j] = Math.max(Math.max(score[i + 1][j], score[i][j + 1]),
                            pair >= 0.5 ? pair + score[i + 1][j + 1] : 0);
                }
            }
            List<Pair> pairs = new ArrayList<>();
            List<Element> pendingDeleted = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m) {
                    double pair = likeness(older.get(i), newer.get(j));
                    if (pair >= 0.5 && score[i][j] == pair + score[i + 1][j + 1]) {
                        flush(pairs, pendingDeleted, newer.get(j));
                        pairs.add(new Pair(older.get(i++), newer.get(j++), null));
                        continue;
                    }
                }
                if (i < n && (j >= m || score[i][j] == score[i + 1][j])) {
                    pendingDeleted.add(older.get(i++));
                } else {
                    flush(pairs, pendingDeleted, newer.get(j));
                    pairs.add(new Pair(null, newer.get(j++), null));
                }
            }
            flush(pairs, pendingDeleted, null);
            return rewritten(pairs);
        }

        /**
         * A paragraph deleted next to one inserted of the same kind, between the same neighbours,
         * is one paragraph rewritten: paired, so its words show what changed.
         */
        private static List<Pair> rewritten(List<Pair> pairs) {
            List<Pair> result = new ArrayList<>(pairs);
            for (int k = 0; k + 1 < result.size(); k++) {
                Pair deleted = result.get(k);
                Pair inserted = result.get(k + 1);
                boolean lone = (k == 0 || result.get(k - 1).older() != null && result.get(k - 1).newer() != null)
                        && (k + 2 >= result.size() || result.get(k + 2).older() != null
                        && result.get(k + 2).newer() != null);
                if (lone && deleted.newer() == null && inserted.older() == null
                        && PARAGRAPHS.contains(deleted.older().getLocalName())
                        && kind(deleted.older()).equals(kind(inserted.newer()))) {
                    result.set(k, new Pair(deleted.older(), inserted.newer(), null));
                    result.remove(k + 1);
                }
            }
            return result;
        }

        private static void flush(List<Pair> pairs, List<Element> deleted, Element before) {
            deleted.forEach(element -> pairs.add(new Pair(element, null, before)));
            deleted.clear();
        }

        /** The share of words two blocks of the same kind have in common (Dice), or 0. */
        static double likeness(Element a, Element b) {
            if (!kind(a).equals(kind(b))) {
                return 0;
            }
            if (CONTAINERS.contains(a.getLocalName())) {
                return 1; // a section, list or block of the same kind is the same one, whatever it holds
            }
            List<String> x = words(a.getTextContent());
            List<String> y = words(b.getTextContent());
            if (x.isEmpty() && y.isEmpty()) {
                return 1;
            }
            List<String> rest = new ArrayList<>(y);
            int common = 0;
            for (String word : x) {
                if (rest.remove(word)) {
                    common++;
                }
            }
            return 2.0 * common / (x.size() + y.size());
        }

        private static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        }
    }

    // --- words ------------------------------------------------------------------------------

    /** A word, space or sign, with the inline elements it is in (outermost first). */
    private record Token(String text, List<Element> context, boolean lineBreak) {
        String signature() {
            StringBuilder signature = new StringBuilder();
            for (Element element : context) {
                signature.append('/').append(element.getLocalName()).append('.').append(element.getAttribute("class"))
                        .append(element.hasAttribute("href") ? "@" + element.getAttribute("href") : "");
            }
            return signature.toString();
        }

        static boolean same(Token a, Token b) {
            return a.text.equals(b.text) && a.lineBreak == b.lineBreak && a.signature().equals(b.signature());
        }
    }

    /**
     * Rewrites the newer paragraph's content as the word-level difference from the older one;
     * whether anything differs.
     */
    private boolean words(Element older, Element newer) {
        List<Token> from = tokens(older);
        List<Token> to = tokens(newer);
        List<AbstractDelta<Token>> deltas = DiffUtils.diff(from, to, Token::same).getDeltas();
        if (deltas.isEmpty()) {
            return false;
        }
        List<Piece> pieces = new ArrayList<>();
        int f = 0;
        for (AbstractDelta<Token> delta : deltas) {
            int fs = delta.getSource().getPosition();
            int ts = delta.getTarget().getPosition();
            for (int k = 0; k < fs - f; k++) {
                pieces.add(new Piece(to.get(ts - (fs - f) + k), null));
            }
            delta.getSource().getLines().forEach(token -> pieces.add(new Piece(token, "del")));
            delta.getTarget().getLines().forEach(token -> pieces.add(new Piece(token, "ins")));
            f = fs + delta.getSource().size();
        }
        int t = to.size() - (from.size() - f);
        for (int k = t; k < to.size(); k++) {
            pieces.add(new Piece(to.get(k), null));
        }
        while (newer.getFirstChild() != null) {
            newer.removeChild(newer.getFirstChild());
        }
        build(newer, pieces);
        return true;
    }

    /** A token to write, in an {@code ins} or {@code del}, or kept (null). */
    private record Piece(Token token, String change) {
    }

    /** Writes the pieces under {@code paragraph}, reopening inline elements as their contexts change. */
    private void build(Element paragraph, List<Piece> pieces) {
        List<Element> open = new ArrayList<>();
        List<Element> openSources = new ArrayList<>();
        Element wrapper = null;
        String wrapperChange = null;
        for (Piece piece : pieces) {
            List<Element> context = piece.token().context();
            int common = 0;
            while (common < open.size() && common < context.size()
                    && sameElement(openSources.get(common), context.get(common))) {
                common++;
            }
            if (common < open.size()) {
                open.subList(common, open.size()).clear();
                openSources.subList(common, openSources.size()).clear();
                wrapper = null;
            }
            for (int k = common; k < context.size(); k++) {
                Element copy = (Element) result.importNode(context.get(k), false);
                (open.isEmpty() ? paragraph : open.get(open.size() - 1)).appendChild(copy);
                open.add(copy);
                openSources.add(context.get(k));
                wrapper = null;
            }
            Element parent = open.isEmpty() ? paragraph : open.get(open.size() - 1);
            if (piece.token().lineBreak()) {
                parent.appendChild(result.createElementNS(paragraph.getNamespaceURI(), "br"));
                wrapper = null;
                continue;
            }
            if (piece.change() == null) {
                append(parent, piece.token().text());
                wrapper = null;
            } else {
                if (wrapper == null || !piece.change().equals(wrapperChange) || wrapper.getParentNode() != parent
                        || parent.getLastChild() != wrapper) {
                    wrapper = change(piece.change());
                    wrapperChange = piece.change();
                    parent.appendChild(wrapper);
                }
                append(wrapper, piece.token().text());
            }
        }
    }

    /** Text at the end of {@code parent}, joined to the text before it: one run, not one per word. */
    private void append(Element parent, String text) {
        if (parent.getLastChild() != null && parent.getLastChild().getNodeType() == Node.TEXT_NODE) {
            ((org.w3c.dom.Text) parent.getLastChild()).appendData(text);
        } else {
            parent.appendChild(result.createTextNode(text));
        }
    }

    /** Two inline elements are the same context when they are the same kind with the same link. */
    private static boolean sameElement(Element a, Element b) {
        return a == b || a.getLocalName().equals(b.getLocalName()) && a.getAttribute("class").equals(b.getAttribute("class"))
                && a.getAttribute("href").equals(b.getAttribute("href"));
    }

    private static List<Token> tokens(Element paragraph) {
        List<Token> tokens = new ArrayList<>();
        collect(paragraph, new ArrayList<>(), tokens);
        // white space as a reader sees it: one space, none at the ends
        List<Token> collapsed = new ArrayList<>();
        for (Token token : tokens) {
            boolean space = !token.lineBreak() && token.text().isBlank();
            if (space) {
                if (collapsed.isEmpty() || isSpace(collapsed.get(collapsed.size() - 1))) {
                    continue;
                }
                collapsed.add(new Token(" ", token.context(), false));
            } else {
                collapsed.add(token);
            }
        }
        while (!collapsed.isEmpty() && isSpace(collapsed.get(collapsed.size() - 1))) {
            collapsed.remove(collapsed.size() - 1);
        }
        return collapsed;
    }

    private static boolean isSpace(Token token) {
        return !token.lineBreak() && token.text().equals(" ");
    }

    private static void collect(Element element, List<Element> context, List<Token> tokens) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                Matcher m = TOKEN.matcher(node.getNodeValue());
                while (m.find()) {
                    tokens.add(new Token(m.group(), List.copyOf(context), false));
                }
            } else if (node instanceof Element child) {
                if (child.getLocalName().equals("br")) {
                    tokens.add(new Token("\n", List.copyOf(context), true));
                } else {
                    List<Element> inner = new ArrayList<>(context);
                    inner.add(child);
                    collect(child, inner, tokens);
                }
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    private void dropFieldMarks(Element element) {
        element.removeAttribute("data-field");
        for (Element child : elements(element)) {
            dropFieldMarks(child);
        }
    }

    static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
