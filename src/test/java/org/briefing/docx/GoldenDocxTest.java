package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The main parts of the canonical Russian edition compared with golden files as XML: each part is
 * parsed and compared in a canonical text form (one element per line, attributes sorted), which
 * is what the golden files hold, so their diffs are readable. The dated part, docProps/core.xml, is not compared. After an
 * intended change, rewrite the golden files with {@code mvn test -Dtest=GoldenDocxTest
 * -Dgolden.update=true} and review their diff.
 */
class GoldenDocxTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/kyrgyzstan.ru");
    private static final Editions.Edition RU = Editions.canonical("ru");

    static Stream<String> parts() {
        return Stream.of("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml",
                "word/_rels/document.xml.rels", "[Content_Types].xml", "docProps/custom.xml", "_rels/.rels");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void partMatchesItsGoldenFile(String part) throws Exception {
        Map<String, byte[]> parts = DocxParts.unzip(RU.docx());
        assertThat(parts).containsKey(part);
        String actual = canonical(parts.get(part));
        Path golden = GOLDEN.resolve(part.replace('/', '_') + ".canonical");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** One element per line, indented, attributes sorted, whitespace-only text dropped. */
    static String canonical(byte[] xml) {
        StringBuilder out = new StringBuilder();
        write(DocxParts.parse(xml).getDocumentElement(), 0, out);
        return out.toString();
    }

    private static void write(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> sorted = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            sorted.add((Attr) attributes.item(i));
        }
        sorted.sort(Comparator.comparing(Attr::getName));
        sorted.forEach(a -> out.append(' ').append(a.getName()).append("=\"").append(a.getValue()).append('"'));
        out.append(">\n");
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                write(e, depth + 1, out);
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                out.append("  ".repeat(depth + 1)).append('"').append(child.getNodeValue()).append("\"\n");
            }
        }
    }
}
