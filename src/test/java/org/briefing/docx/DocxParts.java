package org.briefing.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML parts of a DOCX, for checks that POI's object model does not reach. */
public final class DocxParts {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxParts() {
    }

    /** Every part by name, as bytes. */
    public static Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Document part(byte[] docx, String name) {
        byte[] bytes = unzip(docx).get(name);
        if (bytes == null) {
            throw new AssertionError("no part " + name + " in " + unzip(docx).keySet());
        }
        return parse(bytes);
    }

    /** Elements {@code w:localName} under {@code root}. */
    static List<Element> w(org.w3c.dom.Node root, String localName) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS(W, localName)
                : ((Element) root).getElementsByTagNameNS(W, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static String wAttr(Element element, String localName) {
        return element.getAttributeNS(W, localName);
    }
}
