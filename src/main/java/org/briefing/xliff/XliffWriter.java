package org.briefing.xliff;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes translation units as an XLIFF file: version 1.2 (what CAT tools read most widely) or
 * 2.0. A unit's id is its field path (1.2; in 2.0, where ids are tokens, it is the unit's name);
 * its note says where the text is; its state says what it needs. Paragraph and line breaks,
 * emphasis, strong words and links inside a text are inline codes ({@link InlineCodes}), which
 * CAT tools protect, so a translation keeps its paragraphs and formatting.
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
            InlineCodes.Ids ids = InlineCodes.Ids.forSource();
            indent(xml, 4);
            xml.writeStartElement("source");
            text12(xml, InlineCodes.tokens(unit.source(), ids));
            xml.writeEndElement();
            indent(xml, 4);
            xml.writeStartElement("target");
            xml.writeAttribute("state", unit.status().needsWork() ? "needs-translation" : "translated");
            String target = unit.target() != null ? unit.target() : content.copySource() ? unit.source() : null;
            if (target != null) {
                text12(xml, InlineCodes.tokens(target, ids.forTarget()));
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
            InlineCodes.Ids ids = InlineCodes.Ids.forSource();
            List<InlineCodes.Token> source = InlineCodes.tokens(unit.source(), ids);
            String target = unit.target() != null ? unit.target() : content.copySource() ? unit.source() : null;
            List<InlineCodes.Token> targetTokens = target == null ? List.of() : InlineCodes.tokens(target,
                    ids.forTarget());
            originalData(xml, source, targetTokens);
            indent(xml, 3);
            xml.writeStartElement("segment");
            xml.writeAttribute("state", unit.status().needsWork() ? "initial" : "translated");
            indent(xml, 4);
            xml.writeStartElement("source");
            text20(xml, source);
            xml.writeEndElement();
            if (target != null) {
                indent(xml, 4);
                xml.writeStartElement("target");
                text20(xml, targetTokens);
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
                + "and line breaks: keep them where the text breaks. The paired codes mark emphasis, strong words "
                + "and links: keep them around the words they belong to.";
    }

    private static String note(TranslationUnit unit) {
        return switch (unit.status()) {
            case MISSING -> unit.context();
            case OUTDATED -> unit.context() + ". The text has changed since this translation was made: "
                    + "update it to the source";
            case TRANSLATED -> unit.context();
        };
    }

    /**
     * A 1.2 text: a paragraph or line break as {@code <x/>} ({@code <x ctype="lb"/>}), emphasis,
     * strong words and links between {@code <bpt>} and {@code <ept>}, which hold the native syntax.
     */
    private static void text12(XMLStreamWriter xml, List<InlineCodes.Token> tokens) throws XMLStreamException {
        for (InlineCodes.Token token : tokens) {
            if (token instanceof InlineCodes.Token.Words words) {
                xml.writeCharacters(words.text());
            } else if (token instanceof InlineCodes.Token.Placeholder placeholder) {
                xml.writeEmptyElement("x");
                xml.writeAttribute("id", placeholder.id());
                xml.writeAttribute("ctype", placeholder.kind().ctype);
                if (placeholder.kind() == InlineCodes.Kind.NOTE) {
                    xml.writeAttribute("equiv-text", placeholder.data()); // what the note's code stands for
                }
            } else if (token instanceof InlineCodes.Token.Open open) {
                xml.writeStartElement("bpt");
                xml.writeAttribute("id", open.id());
                xml.writeAttribute("ctype", open.kind().ctype);
                xml.writeCharacters(open.start());
                xml.writeEndElement();
            } else {
                InlineCodes.Token.Close close = (InlineCodes.Token.Close) token;
                xml.writeStartElement("ept");
                xml.writeAttribute("id", close.id());
                xml.writeCharacters(endOf(tokens, close.id()));
                xml.writeEndElement();
            }
        }
    }

    private static String endOf(List<InlineCodes.Token> tokens, String id) {
        for (InlineCodes.Token token : tokens) {
            if (token instanceof InlineCodes.Token.Open open && open.id().equals(id)) {
                return open.end();
            }
        }
        throw new IllegalStateException(id);
    }

    /** A 2.0 unit's native data: what each code of its source and target stands for. */
    private static void originalData(XMLStreamWriter xml, List<InlineCodes.Token> source,
                                     List<InlineCodes.Token> target) throws XMLStreamException {
        Map<String, String> data = new LinkedHashMap<>();
        for (List<InlineCodes.Token> tokens : List.of(source, target)) {
            for (InlineCodes.Token token : tokens) {
                if (token instanceof InlineCodes.Token.Open open) {
                    data.putIfAbsent("d" + open.id() + "s", open.start());
                    data.putIfAbsent("d" + open.id() + "e", open.end());
                } else if (token instanceof InlineCodes.Token.Placeholder placeholder
                        && placeholder.kind() != InlineCodes.Kind.PARAGRAPH) {
                    data.putIfAbsent("d" + placeholder.id(), placeholder.data());
                }
            }
        }
        if (data.isEmpty()) {
            return;
        }
        indent(xml, 3);
        xml.writeStartElement("originalData");
        for (Map.Entry<String, String> entry : data.entrySet()) {
            indent(xml, 4);
            element(xml, "data", entry.getValue(), "id", entry.getKey());
        }
        indent(xml, 3);
        xml.writeEndElement();
    }

    /**
     * A 2.0 text: a paragraph or line break as {@code <ph/>}, emphasis, strong words and links as
     * {@code <pc>} around their words, each code's native syntax in the unit's original data.
     */
    private static void text20(XMLStreamWriter xml, List<InlineCodes.Token> tokens) throws XMLStreamException {
        for (InlineCodes.Token token : tokens) {
            if (token instanceof InlineCodes.Token.Words words) {
                xml.writeCharacters(words.text());
            } else if (token instanceof InlineCodes.Token.Placeholder placeholder) {
                xml.writeEmptyElement("ph");
                xml.writeAttribute("id", placeholder.id());
                if (placeholder.kind() != InlineCodes.Kind.PARAGRAPH) {
                    xml.writeAttribute("dataRef", "d" + placeholder.id());
                    xml.writeAttribute("type", placeholder.kind().type);
                    if (placeholder.kind().subType != null) {
                        xml.writeAttribute("subType", placeholder.kind().subType);
                    }
                }
            } else if (token instanceof InlineCodes.Token.Open open) {
                xml.writeStartElement("pc");
                xml.writeAttribute("id", open.id());
                xml.writeAttribute("dataRefStart", "d" + open.id() + "s");
                xml.writeAttribute("dataRefEnd", "d" + open.id() + "e");
                xml.writeAttribute("type", open.kind().type);
                if (open.kind().subType != null) {
                    xml.writeAttribute("subType", open.kind().subType);
                }
            } else {
                xml.writeEndElement();
            }
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
