package org.briefing.pdf;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import org.briefing.html.HtmlText;

/**
 * The XMP metadata packet of a briefing PDF, written as text: the identification of PDF/A-2a and
 * PDF/UA-1 (with the extension schema PDF/A requires for the {@code pdfuaid} namespace), and the
 * same title, description, author, keywords, producer, creator tool and dates as the document
 * information dictionary, plus the language. Written here rather than amended, because xmpbox
 * cannot read back the extension schema it writes, and so that every byte is ours to keep stable.
 */
final class XmpPacket {
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** The document properties the packet states. Any may be null except the date. */
    record Properties(String title, String description, String author, String keywords, String language,
                      String producer, String creatorTool, Calendar date) {
    }

    private XmpPacket() {
    }

    static String of(Properties p) {
        String date = XMP_DATE.format(p.date().toInstant().atOffset(ZoneOffset.UTC));
        StringBuilder xmp = new StringBuilder(4096);
        xmp.append("""
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about=""
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>A</pdfaid:conformance>
                <pdfuaid:part>1</pdfuaid:part>
                <dc:format>application/pdf</dc:format>
                """);
        alt(xmp, "dc:title", p.title());
        alt(xmp, "dc:description", p.description());
        if (p.author() != null) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(HtmlText.escape(p.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (p.language() != null) {
            xmp.append("<dc:language><rdf:Bag><rdf:li>").append(HtmlText.escape(p.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        simple(xmp, "pdf:Keywords", p.keywords());
        simple(xmp, "pdf:Producer", p.producer());
        simple(xmp, "xmp:CreatorTool", p.creatorTool());
        simple(xmp, "xmp:CreateDate", date);
        simple(xmp, "xmp:ModifyDate", date);
        simple(xmp, "xmp:MetadataDate", date);
        xmp.append("""
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Part of ISO 14289 to which the document conforms</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="r"?>""");
        return xmp.toString();
    }

    private static void simple(StringBuilder xmp, String name, String value) {
        if (value != null) {
            xmp.append('<').append(name).append('>').append(HtmlText.escape(value)).append("</").append(name).append(">\n");
        }
    }

    private static void alt(StringBuilder xmp, String name, String value) {
        if (value != null) {
            xmp.append('<').append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(HtmlText.escape(value))
                    .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
        }
    }
}
