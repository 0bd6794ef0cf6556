package org.briefing.docx;

import java.util.ArrayList;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The header and footer parts, as the PDF's page margins have them: the banner centred at the top
 * and bottom of every page; from page 2 on, under the top banner, the running header's left part
 * (the title) and right part (the date) on a line of their own (the first page has a header of its
 * own, Word's "different first page"); "page X of Y" right of the bottom banner. Tab stops of the
 * header and footer styles place the parts. Not thread-safe: one per document.
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

    /** A paragraph of a header or footer: its style and what it holds. */
    private record Line(WordStyle style, List<Inline> inlines) {
    }

    /** Writes the parts of {@code furniture} and names them in {@code section}. */
    void write(BriefingDocument.Furniture furniture, CTSectPr section) {
        List<Line> banner = furniture.bannerTop().isEmpty() ? List.of()
                : List.of(new Line(StyleMap.header(), centred(furniture.bannerTop(), List.of())));
        List<Line> header = new ArrayList<>(banner);
        if (furniture.hasRunningHeader()) {
            List<Inline> running = new ArrayList<>(furniture.runningLeft());
            running.add(new Inline.Tab());
            running.addAll(furniture.runningRight());
            header.add(new Line(StyleMap.runningHeader(), running));
        }
        List<Line> footer = furniture.bannerBottom().isEmpty() && furniture.pageFooter().isEmpty() ? List.of()
                : List.of(new Line(StyleMap.footer(), centred(furniture.bannerBottom(), furniture.pageFooter())));
        boolean firstPageOwn = furniture.hasRunningHeader();
        // the pages after the first show page 2 until computed: right for the second page, where
        // page 1 would be wrong on every one of them
        int laterPage = firstPageOwn ? Math.min(2, pages) : 1;
        part(DocxPart.HEADER, header, laterPage, section);
        if (firstPageOwn) {
            part(DocxPart.FIRST_HEADER, banner, 1, section);
        }
        part(DocxPart.FOOTER, footer, laterPage, section);
        if (firstPageOwn) {
            part(DocxPart.FIRST_FOOTER, footer, 1, section);
            section.addNewTitlePg();
        }
    }

    /** A tab, the centre part (at the centre tab), and a tab and the right part where there is one. */
    private static List<Inline> centred(List<Inline> centre, List<Inline> right) {
        List<Inline> line = new ArrayList<>();
        line.add(new Inline.Tab());
        line.addAll(centre);
        if (!right.isEmpty()) {
            line.add(new Inline.Tab());
            line.addAll(right);
        }
        return line;
    }

    /** The part of {@code lines}, showing {@code page} in page number fields; none without lines. */
    private void part(DocxPart part, List<Line> lines, int page, CTSectPr section) {
        if (lines.isEmpty()) {
            return;
        }
        boolean header = part == DocxPart.HEADER || part == DocxPart.FIRST_HEADER;
        CTHdrFtrRef reference = header ? section.addNewHeaderReference() : section.addNewFooterReference();
        STHdrFtr.Enum type = part == DocxPart.HEADER || part == DocxPart.FOOTER ? STHdrFtr.DEFAULT : STHdrFtr.FIRST;
        CTHdrFtr content = CTHdrFtr.Factory.newInstance();
        RunWriter runs = new RunWriter(wordLanguage, styles, docx.relationships(part), null, null)
                .showingPages(pages).showingPage(page);
        for (Line line : lines) {
            runs.paragraph(content.addNewP(), line.style(), line.inlines());
        }
        reference.setType(type);
        reference.setId(docx.addToDocument(part, content));
    }
}
