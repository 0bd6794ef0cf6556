package org.briefing.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses XML from a file someone else made: no DOCTYPE at all (so no entities, no external
 * fetches, no "billion laughs"), no XInclude, namespace-aware.
 */
final class SecureXml {
    private static final ThreadLocal<DocumentBuilderFactory> FACTORY = ThreadLocal.withInitial(() -> {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser without secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    });

    private SecureXml() {
    }

    /** The parsed part, or a one-line refusal naming {@code what}. */
    static Document parse(byte[] xml, String what) {
        try {
            DocumentBuilder builder = FACTORY.get().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("DOCTYPE")) {
                reason = "it declares a DOCTYPE, which no Word document does";
            }
            throw new DocxException(what + " is not readable XML: " + reason.lines().findFirst().orElse(reason));
        } catch (IOException | ParserConfigurationException e) {
            throw new DocxException(what + " cannot be read: " + e.getMessage());
        }
    }
}
