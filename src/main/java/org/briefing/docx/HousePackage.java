package org.briefing.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.briefing.files.BoundedRead;
import org.briefing.files.Sha256;
import org.briefing.html.SecureXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The three parts of a house-style DOCX that {@code --reference-docx} uses (the main document,
 * for its page setup; its styles; its numbering), found through the package's relationships and
 * read within limits: the file, the number of entries, each part's size unzipped and how far it
 * may inflate. Nothing else in the package is unzipped or parsed, so a large or hostile part
 * that is not needed costs nothing, and one that is needed is refused before it is parsed.
 * Every refusal is a {@link Refused} with one plain line that names no library class.
 */
final class HousePackage {
    /** A house style is a few hundred kilobytes; anything far larger is not one. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** Word's own styles part is some 50 kB, its main document for a house style less. */
    static final int MAX_PART_BYTES = 4 * 1024 * 1024;
    /** Deflate at its best packs text about 1,000 to 1; an XML part is packed 5 to 20 to 1. */
    private static final int MAX_INFLATION = 100;
    private static final int MAX_RELATIONSHIPS_BYTES = 256 * 1024;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    /** The house document cannot serve; the message is one line for the user. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final String sha256;
    private final byte[] document;
    private final byte[] styles;
    private final byte[] numbering;

    private HousePackage(String sha256, byte[] document, byte[] styles, byte[] numbering) {
        this.sha256 = sha256;
        this.document = document;
        this.styles = styles;
        this.numbering = numbering;
    }

    /** Reads {@code file}'s parts; {@link IOException} when the file itself cannot be read. */
    static HousePackage read(Path file) throws IOException, Refused {
        byte[] bytes;
        try {
            bytes = BoundedRead.of(file, MAX_FILE_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            throw new Refused("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; not a house-style document");
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            checkEntries(zip);
            String main = target(zip, "_rels/.rels", "", "officeDocument")
                    .orElseThrow(() -> new Refused("it has no main document part; it is not a Word document"));
            String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
            String mainRelationships = folder + "_rels/" + main.substring(folder.length()) + ".rels";
            byte[] document = part(zip, main, "main document");
            byte[] styles = part(zip, target(zip, mainRelationships, folder, "styles").orElse(null), "styles");
            byte[] numbering = part(zip, target(zip, mainRelationships, folder, "numbering").orElse(null), "numbering");
            return new HousePackage(Sha256.of(bytes), document, styles, numbering);
        } catch (IOException e) {
            throw new Refused("it is not a Word document (a DOCX is a zip package)");
        }
    }

    /** The SHA-256 of the file as read. */
    String sha256() {
        return sha256;
    }

    /** The main document part's XML. */
    byte[] document() {
        return document;
    }

    /** The styles part's XML, or null when the document has none. */
    byte[] styles() {
        return styles;
    }

    /** The numbering part's XML, or null when the document has none. */
    byte[] numbering() {
        return numbering;
    }

    /**
     * Parses a part with POI's options and DTDs refused: a WordprocessingML part never has one,
     * and one could expand entities or reach out.
     */
    static <T> T parse(byte[] xml, String what, XmlParser<T> parser) throws Refused {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS).setDisallowDocTypeDeclaration(true);
        try {
            return parser.parse(new ByteArrayInputStream(xml), options);
        } catch (XmlException | IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                throw new Refused("its " + what + " part declares a DTD (DOCTYPE), which a Word document never has");
            }
            throw new Refused("its " + what + " part is not the XML Word writes");
        }
    }

    /** An XmlBeans factory's parse method. */
    interface XmlParser<T> {
        T parse(InputStream in, XmlOptions options) throws XmlException, IOException;
    }

    /** Entry names that leave the package, too many entries, or an entry that inflates like a zip bomb. */
    private static void checkEntries(ZipFile zip) throws Refused {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_ENTRIES) {
            throw new Refused("it has " + entries.size() + " entries, more than the " + MAX_ENTRIES
                    + " a house-style document could have");
        }
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (name.startsWith("/") || name.contains("\\") || ("/" + name + "/").contains("/../")) {
                throw new Refused("it has an entry named outside its package (an absolute path or ..)");
            }
            if (entry.getSize() > 1024 * 1024 && entry.getCompressedSize() > 0
                    && entry.getSize() / entry.getCompressedSize() > MAX_INFLATION) {
                throw new Refused(zipBomb());
            }
        }
    }

    /** The target of the first relationship of {@code type} in {@code relationshipsPart}, as a part name. */
    private static Optional<String> target(ZipFile zip, String relationshipsPart, String folder, String type)
            throws Refused, IOException {
        ZipArchiveEntry entry = zip.getEntry(relationshipsPart);
        if (entry == null) {
            return Optional.empty();
        }
        NodeList relationships = parseRelationships(read(zip, entry, MAX_RELATIONSHIPS_BYTES, "relationships"))
                .getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < relationships.getLength(); i++) {
            Element relationship = (Element) relationships.item(i);
            String relationshipType = relationship.getAttribute("Type");
            if (!relationshipType.equals(RELATIONSHIPS + type)
                    && !relationshipType.equals(STRICT_RELATIONSHIPS + type)) {
                continue;
            }
            if (relationship.getAttribute("TargetMode").equals("External")) {
                throw new Refused("its " + type + " part is outside the package");
            }
            return Optional.of(partName(folder, relationship.getAttribute("Target"), type));
        }
        return Optional.empty();
    }

    /** A relationship's target as an entry name: relative to the source's folder, or from the root with '/'. */
    private static String partName(String folder, String target, String type) throws Refused {
        List<String> parts = new ArrayList<>();
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    throw new Refused("its " + type + " part is named outside its package (../)");
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        if (parts.isEmpty() || target.contains(":") || target.contains("\\")) {
            throw new Refused("its " + type + " part has a name no package part can have");
        }
        return String.join("/", parts);
    }

    private static byte[] part(ZipFile zip, String name, String what) throws Refused, IOException {
        if (name == null) {
            return null;
        }
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Refused("its " + what + " part is missing from the package");
        }
        return read(zip, entry, MAX_PART_BYTES, what);
    }

    private static byte[] read(ZipFile zip, ZipArchiveEntry entry, int limit, String what) throws Refused, IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = BoundedRead.of(in, limit);
            if (entry.getCompressedSize() > 0 && bytes.length > 1024 * 1024
                    && bytes.length / entry.getCompressedSize() > MAX_INFLATION) {
                throw new Refused(zipBomb());
            }
            return bytes;
        } catch (BoundedRead.TooLargeException e) {
            throw new Refused("its " + what + " part is larger than " + limit / 1024 + " kB unzipped, far more than"
                    + " a house style needs");
        }
    }

    private static String zipBomb() {
        return "it expands far more than a document does when unzipped (zip-bomb protection)";
    }

    private static org.w3c.dom.Document parseRelationships(byte[] xml) throws Refused {
        try {
            var builder = SecureXml.factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            String message = String.valueOf(e.getMessage());
            throw new Refused(message.contains("DOCTYPE") ? "its relationships declare a DTD (DOCTYPE), which a Word"
                    + " document never has" : "its relationships are not the XML Word writes");
        }
    }
}
