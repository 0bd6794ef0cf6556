package org.briefing.docx;

import java.util.ArrayList;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The header and footer parts, one line each, as the PDF's page margins have them: the banner
 * centred at the top and bottom of every page, the running header's parts left and right of the
 * top banner from page 2 on (the first page has a header of its own, Word's "different first
 * page"), and "page X of Y" right of the bottom banner. Tab stops of the header and footer styles
 * place the parts. Not thread-safe: one per document.
 */
final class PageFurniture {
    private final DocxPackage docx;
    private final StyleMap styles;
    private final String wordLanguage;
    private final int pages;

    /** @param pages what the page count fields show until a reader computes them */
    PageFurniture(DocxPackage docx, StyleMap styles, String wordLanguage, int pages) {
        this.docx = docx;
        this.styles = styles;
        this.wordLanguage = wordLanguage;
        this.pages = pages;
    }

    /** Writes the parts of {@code furniture} and names them in {@code section}. */
    void write(BriefingDocument.Furniture furniture, CTSectPr section) {
        List<Inline> header = line(furniture.runningLeft(), furniture.bannerTop(), furniture.runningRight());
        List<Inline> firstHeader = line(List.of(), furniture.bannerTop(), List.of());
        List<Inline> footer = line(List.of(), furniture.bannerBottom(), furniture.pageFooter());
        boolean firstPageOwn = furniture.hasRunningHeader();
        if (!furniture.bannerTop().isEmpty() || firstPageOwn) {
            part(DocxPart.HEADER, StyleMap.header(), header, section.addNewHeaderReference(), STHdrFtr.DEFAULT);
        }
        if (firstPageOwn && !furniture.bannerTop().isEmpty()) {
            part(DocxPart.FIRST_HEADER, StyleMap.header(), firstHeader, section.addNewHeaderReference(),
                    STHdrFtr.FIRST);
        }
        if (!furniture.bannerBottom().isEmpty() || !furniture.pageFooter().isEmpty()) {
            part(DocxPart.FOOTER, StyleMap.footer(), footer, section.addNewFooterReference(), STHdrFtr.DEFAULT);
            if (firstPageOwn) {
                part(DocxPart.FIRST_FOOTER, StyleMap.footer(), footer, section.addNewFooterReference(),
                        STHdrFtr.FIRST);
            }
        }
        if (firstPageOwn) {
            section.addNewTitlePg();
        }
    }

    /** The left part, a tab, the centre part, a tab and the right part; nothing when all are empty. */
    private static List<Inline> line(List<Inline> left, List<Inline> centre, List<Inline> right) {
        if (left.isEmpty() && centre.isEmpty() && right.isEmpty()) {
            return List.of();
        }
        List<Inline> line = new ArrayList<>(left);
        line.add(new Inline.Tab());
        line.addAll(centre);
        if (!right.isEmpty()) {
            line.add(new Inline.Tab());
            line.addAll(right);
        }
        return line;
    }

    private void part(DocxPart part, WordStyle style, List<Inline> line, CTHdrFtrRef reference, STHdrFtr.Enum type) {
        CTHdrFtr content = CTHdrFtr.Factory.newInstance();
        RunWriter runs = new RunWriter(wordLanguage, styles, docx.relationships(part), null, null).showingPages(pages);
        runs.paragraph(content.addNewP(), style, line);
        reference.setType(type);
        reference.setId(docx.addToDocument(part, content));
    }
}
