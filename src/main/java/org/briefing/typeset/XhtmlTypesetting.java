package org.briefing.typeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Typesets an edition's XHTML in place, before any format is written from it, so that PDF, DOCX
 * and HTML print the same characters. Each paragraph-like element is typeset as one text, so a
 * quotation opened in one run of words and closed in another pairs up; each character by the
 * conventions of its own language ({@code lang}). Addresses are left as they are, and a cited
 * title ({@code cite}) goes in quotation marks where the language puts titles in them.
 */
public final class XhtmlTypesetting {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Elements whose text is typeset as one. */
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
            "caption", "div", "blockquote", "section", "body");
    /** Elements whose text is not prose. */
    private static final Set<String> LEFT_ALONE = Set.of("style", "script", "head");

    private final Map<String, Typography> typographies = new HashMap<>();

    private XhtmlTypesetting() {
    }

    /** Typesets the body of {@code xhtml}. */
    public static void apply(Document xhtml) {
        Element html = xhtml.getDocumentElement();
        XhtmlTypesetting pass = new XhtmlTypesetting();
        for (Node child = html.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element body && body.getLocalName().equals("body")) {
                pass.cites(body, language(html));
                pass.block(body, language(html));
            }
        }
    }

    /** Puts each cited title in quotation marks where its language wants them instead of italics. */
    private void cites(Element parent, String language) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String own = languageOf(element, language);
            Typography typography = typography(own);
            if (element.getLocalName().equals("cite") && typography.citesInQuotes() && typography.knowsQuotes()
                    && !quoted(element.getTextContent())) {
                element.setAttribute("class", (element.getAttribute("class") + " quoted").strip());
                parent.insertBefore(element.getOwnerDocument().createTextNode(String.valueOf(typography.open(0))),
                        element);
                Node after = element.getNextSibling();
                parent.insertBefore(element.getOwnerDocument().createTextNode(String.valueOf(typography.close(0))),
                        after);
            } else {
                cites(element, own);
            }
        }
    }

    private static boolean quoted(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && "«„“‚‘\"'".indexOf(stripped.charAt(0)) >= 0;
    }

    /**
     * Typesets the text directly in {@code block} and its inline elements as one text, and every
     * block inside it on its own.
     */
    private void block(Element block, String language) {
        List<Text> texts = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        collect(block, language, texts, languages);
        if (texts.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            starts[i] = joined.length();
            joined.append(texts.get(i).getData());
        }
        String[] edits = Typesetter.edits(joined, index -> typography(languages.get(nodeAt(starts, index))));
        for (int i = 0; i < texts.size(); i++) {
            int from = starts[i];
            int to = from + texts.get(i).getLength();
            boolean changed = false;
            for (int c = from; c < to && !changed; c++) {
                changed = edits[c] != null;
            }
            if (changed) {
                String[] own = java.util.Arrays.copyOfRange(edits, from, to);
                texts.get(i).setData(Typesetter.apply(texts.get(i).getData(), own));
            }
        }
    }

    /** The text nodes of a block in order, with the language of each; nested blocks are typeset on their own. */
    private void collect(Element parent, String language, List<Text> texts, List<String> languages) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Text text && node.getNodeType() == Node.TEXT_NODE) {
                texts.add(text);
                languages.add(language);
            } else if (node instanceof Element element) {
                String own = languageOf(element, language);
                if (LEFT_ALONE.contains(element.getLocalName()) || isAddress(element)) {
                    continue;
                }
                if (BLOCKS.contains(element.getLocalName())) {
                    block(element, own);
                } else {
                    collect(element, own, texts, languages);
                }
            }
        }
    }

    /** A printed address ({@code span.url}) or a link that shows its own address. */
    private static boolean isAddress(Element element) {
        if (element.getLocalName().equals("span")
                && List.of(element.getAttribute("class").split("\\s+")).contains("url")) {
            return true;
        }
        if (!element.getLocalName().equals("a")) {
            return false;
        }
        String text = element.getTextContent().strip();
        return text.equals(element.getAttribute("href").strip()) || text.matches("(?i)(https?://|www\\.|mailto:).*");
    }

    private static int nodeAt(int[] starts, int index) {
        int node = java.util.Arrays.binarySearch(starts, index);
        if (node >= 0) {
            // several empty nodes may start here: the last of them holds the character
            while (node + 1 < starts.length && starts[node + 1] == index) {
                node++;
            }
            return node;
        }
        return -node - 2;
    }

    private Typography typography(String language) {
        return typographies.computeIfAbsent(language, Typography::of);
    }

    private static String language(Element html) {
        return languageOf(html, "");
    }

    private static String languageOf(Element element, String inherited) {
        String lang = element.getAttribute("lang").strip();
        if (lang.isEmpty()) {
            lang = element.getAttributeNS(XML_NS, "lang").strip();
        }
        return lang.isEmpty() ? inherited : lang;
    }
}
