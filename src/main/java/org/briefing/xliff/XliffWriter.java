package org.briefing.xliff;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes translation units as an XLIFF file: version 1.2 (what CAT tools read most widely) or
 * 2.0. A unit's id is its field path (1.2; in 2.0, where ids are tokens, it is the unit's name);
 * its note says where the text is; its state says what it needs. A paragraph break inside a text
 * is an inline placeholder ({@code <x ctype="x-paragraph"/>}, {@code <ph/>}), which CAT tools
 * protect, so a translation keeps its paragraphs.
 */
public final class XliffWriter {
    static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    /** The 1.2 placeholder type of a paragraph break. */
    static final String PARAGRAPH = "x-paragraph";

    /** The XLIFF versions written. */
    public enum Version {
        V12("1.2"), V20("2.0");

        private final String number;

        Version(String number) {
            this.number = number;
        }

        public String number() {
            return number;
        }

        public static Version of(String number) {
            for (Version version : values()) {
                if (version.number.equals(number)) {
                    return version;
                }
            }
            throw new IllegalArgumentException("XLIFF " + number + " is not written; use 1.2 or 2.0");
        }
    }

    /**
     * A file's content.
     *
     * @param modelId   the model's id: the file's {@code original} (1.2) or {@code id} (2.0)
     * @param modelPath the model file, relative to where the XLIFF file is, '/'-separated
     * @param copySource whether an untranslated unit's target starts as a copy of its source, as
     *                   CAT tools that translate the target (OmegaT) need
     */
    public record Content(String modelId, String modelPath, String from, String to, String toolVersion,
                          List<TranslationUnit> units, boolean copySource) {
    }

    private XliffWriter() {
    }

    public static byte[] write(Content content, Version version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (version == Version.V12) {
                write12(xml, content);
            } else {
                write20(xml, content);
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void write12(XMLStreamWriter xml, Content content) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("xliff");
        xml.writeDefaultNamespace(NS_12);
        xml.writeAttribute("version", "1.2");
        indent(xml, 1);
        xml.writeStartElement("file");
        xml.writeAttribute("original", content.modelId());
        xml.writeAttribute("source-language", content.from());
        xml.writeAttribute("target-language", content.to());
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("tool-id", "briefing");
        indent(xml, 2);
        xml.writeStartElement("header");
        indent(xml, 3);
        xml.writeStartElement("reference");
        indent(xml, 4);
        xml.writeEmptyElement("external-file");
        xml.writeAttribute("href", content.modelPath());
        indent(xml, 3);
        xml.writeEndElement();
        indent(xml, 3);
        element(xml, "note", about(content), "from", "briefing");
        indent(xml, 3);
        xml.writeEmptyElement("tool");
        xml.writeAttribute("tool-id", "briefing");
        xml.writeAttribute("tool-name", "briefing");
        xml.writeAttribute("tool-version", content.toolVersion());
        indent(xml, 2);
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeStartElement("body");
        for (TranslationUnit unit : content.units()) {
            indent(xml, 3);
            xml.writeStartElement("trans-unit");
            xml.writeAttribute("id", unit.id());
            xml.writeAttribute("resname", unit.id());
            if (!unit.status().needsWork()) {
                xml.writeAttribute("approved", "yes");
            }
            indent(xml, 4);
            xml.writeStartElement("source");
            text(xml, unit.source(), Version.V12);
            xml.writeEndElement();
            indent(xml, 4);
            xml.writeStartElement("target");
            xml.writeAttribute("state", unit.status().needsWork() ? "needs-translation" : "translated");
            String target = unit.target() != null ? unit.target() : content.copySource() ? unit.source() : null;
            if (target != null) {
                text(xml, target, Version.V12);
            }
            xml.writeEndElement();
            indent(xml, 4);
            element(xml, "note", note(unit), "from", "briefing");
            indent(xml, 3);
            xml.writeEndElement();
        }
        indent(xml, 2);
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static void write20(XMLStreamWriter xml, Content content) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("xliff");
        xml.writeDefaultNamespace(NS_20);
        xml.writeAttribute("version", "2.0");
        xml.writeAttribute("srcLang", content.from());
        xml.writeAttribute("trgLang", content.to());
        indent(xml, 1);
        xml.writeStartElement("file");
        xml.writeAttribute("id", content.modelId());
        xml.writeAttribute("original", content.modelPath());
        indent(xml, 2);
        xml.writeStartElement("notes");
        indent(xml, 3);
        element(xml, "note", about(content), "category", "briefing");
        indent(xml, 2);
        xml.writeEndElement();
        int n = 0;
        for (TranslationUnit unit : content.units()) {
            indent(xml, 2);
            xml.writeStartElement("unit");
            xml.writeAttribute("id", "u" + ++n);
            xml.writeAttribute("name", unit.id());
            indent(xml, 3);
            xml.writeStartElement("notes");
            indent(xml, 4);
            element(xml, "note", note(unit), "category", "context");
            indent(xml, 3);
            xml.writeEndElement();
            indent(xml, 3);
            xml.writeStartElement("segment");
            xml.writeAttribute("state", unit.status().needsWork() ? "initial" : "translated");
            indent(xml, 4);
            xml.writeStartElement("source");
            text(xml, unit.source(), Version.V20);
            xml.writeEndElement();
            String target = unit.target() != null ? unit.target() : content.copySource() ? unit.source() : null;
            if (target != null) {
                indent(xml, 4);
                xml.writeStartElement("target");
                text(xml, target, Version.V20);
                xml.writeEndElement();
            }
            indent(xml, 3);
            xml.writeEndElement();
            indent(xml, 2);
            xml.writeEndElement();
        }
        indent(xml, 1);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static String about(Content content) {
        return "The texts of briefing " + content.modelId() + ", from " + content.from() + " into " + content.to()
                + ". Each unit's id is its text's field path in the model. The placeholders stand for paragraph "
                + "breaks: keep them where the paragraphs break.";
    }

    private static String note(TranslationUnit unit) {
        return switch (unit.status()) {
            case MISSING -> unit.context();
            case OUTDATED -> unit.context() + ". The text has changed since this translation was made: "
                    + "update it to the source";
            case TRANSLATED -> unit.context();
        };
    }

    /** A text with its paragraph breaks as placeholders. */
    private static void text(XMLStreamWriter xml, String text, Version version) throws XMLStreamException {
        String[] paragraphs = text.split("\n\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                if (version == Version.V12) {
                    xml.writeEmptyElement("x");
                    xml.writeAttribute("id", "pb" + i);
                    xml.writeAttribute("ctype", PARAGRAPH);
                } else {
                    xml.writeEmptyElement("ph");
                    xml.writeAttribute("id", "pb" + i);
                }
            }
            xml.writeCharacters(paragraphs[i]);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute(attribute, value);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
