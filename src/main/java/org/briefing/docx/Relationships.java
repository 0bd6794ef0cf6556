package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import org.briefing.html.HtmlText;
import org.briefing.model.LinkAddress;

/**
 * The relationships of one part (or of the package itself): ids {@code rId1}, {@code rId2}, ...
 * in the order they are added, and the relationships part's XML. Not thread-safe: one per part
 * of one document.
 */
final class Relationships {
    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String HYPERLINK = OFFICE_DOCUMENT + "hyperlink";
    static final String IMAGE = OFFICE_DOCUMENT + "image";
    static final String CHART = OFFICE_DOCUMENT + "chart";
    /** An embedded package: a chart's workbook. */
    static final String PACKAGE = OFFICE_DOCUMENT + "package";

    private final StringBuilder xml = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\""
            + " standalone=\"yes\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    private int count;

    /** A relationship to {@code target}, a part name relative to the source part's folder; its id. */
    String add(String type, String target) {
        return add(type, target, false);
    }

    /**
     * A relationship to a resource outside the package, such as a web page; its id. The target is
     * written as a URI even when a custom template passes a model's address as it is: a DOCX whose
     * link is not a URI is one Word and POI refuse.
     */
    String addExternal(String type, String href) {
        return add(type, LinkAddress.uri(href), true);
    }

    boolean isEmpty() {
        return count == 0;
    }

    byte[] xml() {
        return (xml + "</Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    private String add(String type, String target, boolean external) {
        String id = "rId" + ++count;
        xml.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type)
                .append("\" Target=\"").append(HtmlText.escape(target)).append('"');
        if (external) {
            xml.append(" TargetMode=\"External\"");
        }
        xml.append("/>");
        return id;
    }
}
