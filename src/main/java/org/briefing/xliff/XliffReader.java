package org.briefing.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 1.2 or 2.0 file that a CAT tool wrote back, streaming, with the line and column
 * of everything it reports: no DOCTYPE (so no entities of any kind), a size limit, one
 * {@code <file>}. A unit whose inline codes do not match its source's, or whose id is used twice,
 * is reported and left out; the rest are read.
 */
public final class XliffReader {
    /** A translation file larger than this is not one of a briefing. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * One unit as read: its id (the field path), source and target texts (paragraph breaks as
     * blank lines; target null when absent or empty) and state, and where it is.
     */
    public record Unit(String id, String source, String target, String state, int line, int column) {
    }

    /**
     * A unit that cannot be used, where, and why.
     *
     * @param hostile whether it makes the whole file untrustworthy (an id used twice), rather than
     *                just the unit unusable
     */
    public record Problem(int line, int column, String id, String message, boolean hostile) {
    }

    /**
     * A file as read.
     *
     * @param modelId   the model it is of (1.2 {@code original}, 2.0 file {@code id})
     * @param modelPath where the model was, relative to the file (may be null)
     */
    public record Read(Path file, XliffWriter.Version version, String modelId, String modelPath, String from,
                       String to, List<Unit> units, List<Problem> problems) {
    }

    private final Path file;
    private XMLStreamReader xml;
    private XliffWriter.Version version;
    private String modelId;
    private String modelPath;
    private String from;
    private String to;
    private int files;
    private final List<Unit> units = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private XliffReader(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, or fails with one positioned line when it is not a usable XLIFF file. */
    public static Read read(Path file) throws XliffException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new XliffException(file + ": cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new XliffException(file + ": larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB; not a translation file of a briefing");
        }
        return new XliffReader(file).parse(bytes);
    }

    private Read parse(byte[] bytes) throws XliffException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw fail("a DOCTYPE is not allowed in a translation file");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw fail("entity references are not allowed in a translation file");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start();
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = String.valueOf(e.getMessage()).replaceAll("^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
            throw new XliffException(file + (at == null ? "" : ":" + at.getLineNumber() + ":" + at.getColumnNumber())
                    + ": not well-formed XML: " + message.lines().findFirst().orElse(message).strip());
        }
        if (version == null) {
            throw new XliffException(file + ": not an XLIFF file");
        }
        if (files != 1) {
            throw new XliffException(file + ": holds " + files + " <file> elements; a briefing's translation file "
                    + "holds one");
        }
        return new Read(file, version, modelId, modelPath, from, to, units, problems);
    }

    private void start() throws XMLStreamException, XliffException {
        String name = xml.getLocalName();
        String ns = xml.getNamespaceURI();
        if (version == null) {
            if (!name.equals("xliff")) {
                throw fail("not an XLIFF file (its root is <" + name + ">)");
            }
            if (XliffWriter.NS_12.equals(ns)) {
                version = XliffWriter.Version.V12;
            } else if (XliffWriter.NS_20.equals(ns)) {
                version = XliffWriter.Version.V20;
                from = attribute("srcLang");
                to = attribute("trgLang");
            } else {
                throw fail("not an XLIFF 1.2 or 2.0 file (its namespace is '" + ns + "')");
            }
            return;
        }
        String expected = version == XliffWriter.Version.V12 ? XliffWriter.NS_12 : XliffWriter.NS_20;
        if (!expected.equals(ns)) {
            return; // another vocabulary's extension: not ours to read
        }
        switch (name) {
            case "file" -> {
                files++;
                if (version == XliffWriter.Version.V12) {
                    modelId = attribute("original");
                    from = attribute("source-language");
                    to = attribute("target-language");
                } else {
                    modelId = attribute("id");
                    modelPath = attribute("original");
                }
            }
            case "external-file" -> modelPath = modelPath == null ? attribute("href") : modelPath;
            case "trans-unit" -> unit(attribute("id"), "trans-unit");
            case "unit" -> unit(attribute("name") != null ? attribute("name") : attribute("id"), "unit");
            default -> {
            }
        }
    }

    /** Reads one unit to its end: source, target (1.2: its state), segment (2.0: its state). */
    private void unit(String id, String element) throws XMLStreamException, XliffException {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        if (id == null || id.isBlank()) {
            throw fail("a <" + element + "> without an id");
        }
        SegmentReader.Segment source = null;
        SegmentReader.Segment target = null;
        String state = null;
        Map<String, String> data = new HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "source" -> source = SegmentReader.read(xml, "source", null, data);
                    case "target" -> {
                        state = xml.getAttributeValue(null, "state") != null ? xml.getAttributeValue(null, "state")
                                : state;
                        target = SegmentReader.read(xml, "target", source == null ? new SegmentReader.Codes()
                                : source.codes(), data);
                    }
                    case "data" -> data.put(String.valueOf(attribute("id")), xml.getElementText());
                    case "segment" -> {
                        state = xml.getAttributeValue(null, "state");
                        depth++;
                    }
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("entities are not allowed in a translation file");
            }
        }
        if (!ids.add(id)) {
            problems.add(new Problem(line, column, id, "the id is used by an earlier unit too", true));
            return;
        }
        if (source == null) {
            problems.add(new Problem(line, column, id, "the unit has no source", false));
            return;
        }
        if (target != null && target.broken() != null) {
            problems.add(new Problem(target.line(), target.column(), id, target.broken(), false));
            return;
        }
        if (target != null && !target.paragraphs().equals(source.paragraphs())) {
            problems.add(new Problem(target.line(), target.column(), id, "its placeholders do not match the source's "
                    + "(source " + source.paragraphs() + ", target " + target.paragraphs() + "): a paragraph break "
                    + "was lost or added", false));
            return;
        }
        String targetText = target == null || target.text().isBlank() ? null : TranslationUnits.meaning(target.text());
        units.add(new Unit(id, TranslationUnits.meaning(source.text()), targetText, state,
                target == null ? line : target.line(),
                target == null ? column : target.column()));
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private XliffException fail(String message) {
        Location at = xml.getLocation();
        return new XliffException(file + ":" + at.getLineNumber() + ":" + at.getColumnNumber() + ": " + message);
    }
}
