package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.briefing.html.TemplateSet;
import org.briefing.pdf.PdfEditions.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Title, subject, keywords, author, language, tool and date: in the information dictionary and in XMP alike. */
class PdfMetadataTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void informationDictionaryAndXmpStateTheXhtmlHead(Edition edition) throws Exception {
        Document xhtml = edition.xhtml();
        String title = xhtml.getElementsByTagName("title").item(0).getTextContent();
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(title).isNotBlank();
            assertThat(info.getSubject()).isEqualTo(meta(xhtml, "subject")).isNotBlank();
            assertThat(info.getKeywords()).isEqualTo(meta(xhtml, "keywords")).contains(edition.briefing().id());
            // the issuer, or no author at all: never a guess from the source or the country
            var issuer = edition.briefing().issuer();
            assertThat(info.getAuthor()).isEqualTo(issuer == null ? null
                    : issuer.in(edition.language()).orElseThrow());
            assertThat(info.getProducer()).isEqualTo("briefing test");
            assertThat(info.getCreator()).isEqualTo("briefing test");
            Instant midnight = edition.briefing().date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(midnight);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(midnight);

            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(edition.language());
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();

            Xmp xmp = new Xmp(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.get("dc:title/rdf:Alt/rdf:li")).isEqualTo(title);
            assertThat(xmp.get("dc:description/rdf:Alt/rdf:li")).isEqualTo(info.getSubject());
            assertThat(xmp.get("pdf:Keywords")).isEqualTo(info.getKeywords());
            assertThat(xmp.get("dc:creator/rdf:Seq/rdf:li")).isEqualTo(java.util.Objects.toString(info.getAuthor(), ""));
            assertThat(xmp.get("dc:language/rdf:Bag/rdf:li")).isEqualTo(edition.language());
            assertThat(xmp.get("pdf:Producer")).isEqualTo("briefing test");
            assertThat(xmp.get("xmp:CreatorTool")).isEqualTo("briefing test");
            assertThat(Instant.parse(xmp.get("xmp:CreateDate"))).isEqualTo(midnight);
            assertThat(Instant.parse(xmp.get("xmp:ModifyDate"))).isEqualTo(midnight);
            assertThat(xmp.get("pdfaid:part") + xmp.get("pdfaid:conformance")).isEqualTo("2A");
            assertThat(xmp.get("pdfuaid:part")).isEqualTo("1");
        }
    }

    @Test
    void sourceDateEpochOverridesTheBriefingsDate() throws Exception {
        Edition edition = PdfEditions.testModel("minimal.yaml", "ky");
        PdfWriter writer = new PdfWriter(TemplateSet.bundled(), FontSet.bundled(), "briefing test",
                DocumentDate.of("1700000000"));
        try (PDDocument pdf = Loader.loadPDF(writer.write(edition.xhtml()))) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
            Xmp xmp = new Xmp(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(Instant.parse(xmp.get("xmp:CreateDate"))).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        }
    }

    private static String meta(Document xhtml, String name) {
        var metas = xhtml.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            var meta = (org.w3c.dom.Element) metas.item(i);
            if (meta.getAttribute("name").equals(name)) {
                return meta.getAttribute("content");
            }
        }
        throw new AssertionError("no meta " + name);
    }

    /** An XMP packet read as plain namespaced XML, queried by property path below the description. */
    private static final class Xmp {
        private final Document packet;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        Xmp(byte[] bytes) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            packet = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            xpath.setNamespaceContext(new Namespaces());
        }

        String get(String path) throws Exception {
            return xpath.evaluate("/x:xmpmeta/rdf:RDF/rdf:Description/" + path, packet);
        }
    }

    private static final class Namespaces implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "x" -> "adobe:ns:meta/";
                case "rdf" -> "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
                case "dc" -> "http://purl.org/dc/elements/1.1/";
                case "pdf" -> "http://ns.adobe.com/pdf/1.3/";
                case "xmp" -> "http://ns.adobe.com/xap/1.0/";
                case "pdfaid" -> "http://www.aiim.org/pdfa/ns/id/";
                case "pdfuaid" -> "http://www.aiim.org/pdfua/ns/id/";
                default -> XMLConstants.NULL_NS_URI;
            };
        }

        @Override
        public String getPrefix(String uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String uri) {
            throw new UnsupportedOperationException();
        }
    }
}
