package org.briefing.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.briefing.files.Sha256;

/**
 * One DOCX package being made: its parts, their relationships and content types, zipped in one
 * pass. The parts are POI's OOXML beans, saved as POI saves them; the package around them is
 * written here rather than by POI's package layer, which builds every relationship and content
 * type part as a DOM, runs an XSLT transformer over each and zips with the time of writing (so
 * the zip had to be written again to be reproducible): that was half the time of a document.
 * The same parts always give the same bytes: entries in a fixed order ({@code [Content_Types].xml}
 * first, as OPC readers expect, then by name) and one fixed entry time. Not thread-safe: one per
 * document.
 */
final class DocxPackage {
    /** The earliest time a zip entry can hold; says "no meaningful time". */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Map<DocxPart, XmlOptions> SAVE_OPTIONS = saveOptions();

    private final Map<DocxPart, byte[]> parts = new EnumMap<>(DocxPart.class);
    private final Map<DocxPart, Relationships> relationships = new EnumMap<>(DocxPart.class);
    private final Relationships packageRelationships = new Relationships();
    /** Pictures by content, each one file of {@code word/media/} with the document's relationship to it. */
    private final Map<String, String> mediaRelationships = new HashMap<>();
    private final Map<String, byte[]> media = new TreeMap<>();
    private final Map<String, String> mediaTypes = new TreeMap<>();
    /** Parts beyond the fixed ones (charts, their rels and workbooks), by name, and their content types. */
    private final Map<String, byte[]> chartParts = new TreeMap<>();
    private final Map<String, String> chartTypes = new TreeMap<>();
    private int charts;

    /** Adds {@code part} with its content, and the package's relationship to it where it has one. */
    void add(DocxPart part, byte[] content) {
        parts.put(part, content);
        if (part.isPackageLevel()) {
            packageRelationships.add(part.relationshipType(), part.partName());
        }
    }

    /** Adds a WordprocessingML part saved from its bean, under the part's root element. */
    void add(DocxPart part, XmlObject bean) {
        add(part, save(bean, part));
    }

    /** Adds a part the main document refers to, and the document's relationship to it; its id. */
    String addToDocument(DocxPart part, byte[] content) {
        add(part, content);
        return relationships(DocxPart.DOCUMENT).add(part.relationshipType(), part.fileName());
    }

    /** Adds a WordprocessingML part the main document refers to, saved from its bean; its id. */
    String addToDocument(DocxPart part, XmlObject bean) {
        return addToDocument(part, save(bean, part));
    }

    /**
     * Adds a picture the main document shows, once however often it is shown; the id of the
     * document's relationship to it.
     */
    String addMedia(String mediaType, byte[] content) {
        String key = Sha256.of(content);
        return mediaRelationships.computeIfAbsent(key, k -> {
            String extension = mediaType.equals("image/png") ? "png" : "jpeg";
            String name = "media/image" + (media.size() + 1) + "." + extension;
            media.put("word/" + name, content);
            mediaTypes.put(extension, mediaType);
            return relationships(DocxPart.DOCUMENT).add(Relationships.IMAGE, name);
        });
    }

    /**
     * Adds a chart part, made by {@code chartXml} from the id of the chart's relationship to its
     * workbook, with that workbook embedded beside it; the id of the document's relationship to
     * the chart.
     */
    String addChart(java.util.function.Function<String, byte[]> chartXml, byte[] workbook) {
        int n = ++charts;
        String chart = "charts/chart" + n + ".xml";
        Relationships chartRelationships = new Relationships();
        String workbookId = chartRelationships.add(Relationships.PACKAGE,
                "../embeddings/Microsoft_Excel_Worksheet" + n + ".xlsx");
        chartParts.put("word/" + chart, chartXml.apply(workbookId));
        chartTypes.put("/word/" + chart, CHART_TYPE);
        chartParts.put("word/charts/_rels/chart" + n + ".xml.rels", chartRelationships.xml());
        chartParts.put("word/embeddings/Microsoft_Excel_Worksheet" + n + ".xlsx", workbook);
        return relationships(DocxPart.DOCUMENT).add(Relationships.CHART, chart);
    }

    private static final String CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The relationships of {@code source}, to add to; written with the package when not empty. */
    Relationships relationships(DocxPart source) {
        return relationships.computeIfAbsent(source, s -> new Relationships());
    }

    /** A bean as the XML of {@code part}, the way POI saves that part. */
    static byte[] save(XmlObject bean, DocxPart part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            bean.save(out, SAVE_OPTIONS.get(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The package as a zip. */
    byte[] zip() {
        Map<String, byte[]> entries = new TreeMap<>();
        parts.forEach((part, content) -> entries.put(part.partName(), content));
        entries.putAll(media);
        entries.putAll(chartParts);
        entries.put("_rels/.rels", packageRelationships.xml());
        relationships.forEach((source, rels) -> {
            if (!rels.isEmpty()) {
                String name = source.partName();
                int slash = name.lastIndexOf('/');
                entries.put(name.substring(0, slash + 1) + "_rels/" + name.substring(slash + 1) + ".rels", rels.xml());
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(out, CONTENT_TYPES, contentTypes());
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                entry(out, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] contentTypes() {
        StringBuilder xml = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\""
                + " standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        mediaTypes.forEach((extension, type) -> xml.append("<Default Extension=\"").append(extension)
                .append("\" ContentType=\"").append(type).append("\"/>"));
        if (charts > 0) {
            xml.append("<Default Extension=\"xlsx\" ContentType=\"").append(WORKBOOK_TYPE).append("\"/>");
        }
        chartTypes.forEach((name, type) -> xml.append("<Override PartName=\"").append(name)
                .append("\" ContentType=\"").append(type).append("\"/>"));
        for (DocxPart part : parts.keySet()) {
            xml.append("<Override PartName=\"/").append(part.partName()).append("\" ContentType=\"")
                    .append(part.contentType()).append("\"/>");
        }
        return xml.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }

    /** POI's options for saving OOXML, with each WordprocessingML part's root element. */
    private static Map<DocxPart, XmlOptions> saveOptions() {
        Map<DocxPart, XmlOptions> options = new EnumMap<>(DocxPart.class);
        for (DocxPart part : DocxPart.values()) {
            if (part.rootElement() != null) {
                XmlOptions save = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                save.setSaveSyntheticDocumentElement(
                        new QName(DocxPart.WordprocessingML.NAMESPACE, part.rootElement()));
                options.put(part, save);
            }
        }
        return options;
    }
}
