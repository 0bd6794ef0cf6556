package org.briefing.docx;

import java.util.List;
import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes styled paragraphs of inlines, as runs, into one part (body, header or footer). The
 * edition's language is the styles' (so Word and LibreOffice spell-check in it whatever the
 * machine's default); a run names a language only where the XHTML gives it another (English
 * labels of a language without labels). Bold, italic, labels and printed addresses are character
 * styles staff can restyle. Links become real hyperlinks (a relationship of the part, opened
 * outside Word) in the Hyperlink character style; page numbers become live fields.
 * Not thread-safe: one per part of one document.
 */
final class RunWriter {
    private final String wordLanguage;
    private final StyleMap styles;
    private final Relationships relationships;
    private final Bookmarks bookmarks;
    private final Revisions revisions;
    private PictureWriter pictures;
    private java.util.Set<Integer> footnotes = java.util.Set.of();
    /** What a page count field shows until it is computed: previewers that do not compute it show this. */
    private String pagesShown = "1";
    /** What a page number field shows until it is computed. */
    private String pageShown = "1";

    /**
     * @param relationships the relationships of the part written into, for hyperlinks
     * @param bookmarks     the names of the fields' bookmarks, or null in a part without fields
     * @param revisions     tracked changes' ids and author, or null in a part without any
     */
    RunWriter(String wordLanguage, StyleMap styles, Relationships relationships, Bookmarks bookmarks,
              Revisions revisions) {
        this.wordLanguage = wordLanguage;
        this.styles = styles;
        this.relationships = relationships;
        this.bookmarks = bookmarks;
        this.revisions = revisions;
    }

    /** Lets this part hold pictures (the main document does; a header or footer does not). */
    RunWriter withPictures(PictureWriter writer) {
        this.pictures = writer;
        return this;
    }

    /**
     * The footnotes the document has, by number: a citation of another note (one the template
     * lists in a table, as the bilingual edition does) is its raised number.
     */
    RunWriter withFootnotes(java.util.Set<Integer> numbers) {
        this.footnotes = numbers;
        return this;
    }

    /** Page count fields written from now on show {@code pages} until a reader computes them. */
    RunWriter showingPages(int pages) {
        pagesShown = String.valueOf(Math.max(1, pages));
        return this;
    }

    /** Page number fields written from now on show {@code page} until a reader computes them. */
    RunWriter showingPage(int page) {
        pageShown = String.valueOf(Math.max(1, page));
        return this;
    }

    /**
     * Fills {@code paragraph}, a new one, as a paragraph of {@code style} holding {@code inlines};
     * all its look comes from the style, never from direct formatting, so staff can restyle it.
     */
    CTP paragraph(CTP paragraph, WordStyle style, List<Inline> inlines) {
        return paragraph(paragraph, style, inlines, null);
    }

    /** The same, for the heading of {@code section} (its id, or null), which gets the section's bookmark. */
    CTP paragraph(CTP paragraph, WordStyle style, List<Inline> inlines, String section) {
        paragraph.addNewPPr().addNewPStyle().setVal(styles.id(style));
        java.math.BigInteger sectionMark = bookmarks == null ? null : bookmarks.startSection(paragraph, section);
        inlines(paragraph, inlines);
        if (bookmarks != null) {
            bookmarks.endSection(paragraph, sectionMark);
        }
        if (revisions != null) {
            revisions.paragraphMark(paragraph, inlines);
        }
        return paragraph;
    }

    /** The id of {@code style} in this document (a reference document's, where it has the style). */
    String styleId(WordStyle style) {
        return styles.id(style);
    }

    /** Adds {@code inlines} to {@code paragraph} as runs, links and field marks. */
    void inlines(CTP paragraph, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Link link) {
                link(paragraph, link);
            } else if (inline instanceof Inline.Mark mark) {
                mark(paragraph, mark);
            } else if (inline instanceof Inline.NoteReference note) {
                note(paragraph, note);
            } else if (inline instanceof Inline.KeepToEnd) {
                continue; // a paragraph property, which the body writer sets
            } else if (inline instanceof Inline.Text text && text.revision() != null && revisions != null) {
                write(() -> revisions.run(text.revision(), paragraph::addNewIns, paragraph::addNewDel), inline, null);
            } else {
                write(paragraph::addNewR, inline, null);
            }
        }
    }

    /**
     * Fills {@code paragraph} as a line of the table of contents: a link to the section's heading
     * with its name, a tab and the page it is on (a PAGEREF field showing the PDF's page). The
     * TOC field that holds all the lines begins in the first ({@code beginField}, its
     * instruction) and ends in the last.
     */
    CTP contentsEntry(CTP paragraph, WordStyle style, Block.Contents.Entry entry, String beginField, boolean last) {
        paragraph.addNewPPr().addNewPStyle().setVal(styles.id(style));
        if (beginField != null) {
            fieldStart(paragraph::addNewR, beginField);
        }
        String bookmark = Bookmarks.sectionName(entry.section());
        Supplier<CTR> newRun = paragraph::addNewR;
        if (bookmark != null) {
            CTHyperlink link = paragraph.addNewHyperlink();
            link.setAnchor(bookmark);
            newRun = link::addNewR;
        }
        for (Inline inline : entry.text()) {
            write(newRun, inline, null);
        }
        newRun.get().addNewTab();
        String page = entry.page() > 0 ? String.valueOf(entry.page()) : "";
        if (bookmark != null) {
            field(newRun, "PAGEREF " + bookmark + " \\h", page);
        } else {
            text(newRun.get(), page);
        }
        if (last) {
            paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
        return paragraph;
    }

    private void mark(CTP paragraph, Inline.Mark mark) {
        if (bookmarks == null) {
            return;
        }
        if (mark.start()) {
            bookmarks.start(paragraph::addNewBookmarkStart, mark.field());
        } else {
            bookmarks.end(paragraph::addNewBookmarkEnd, mark.field());
        }
    }

    private void link(CTP paragraph, Inline.Link link) {
        CTHyperlink hyperlink = paragraph.addNewHyperlink();
        hyperlink.setId(relationships.addExternal(Relationships.HYPERLINK, link.href()));
        if (link.title() != null) {
            hyperlink.setTooltip(link.title());
        }
        for (Inline inline : link.inlines()) {
            if (inline instanceof Inline.Link) {
                throw new IllegalStateException("a link inside a link"); // the reader refuses these
            }
            if (inline instanceof Inline.Mark mark && bookmarks != null) {
                if (mark.start()) {
                    bookmarks.start(hyperlink::addNewBookmarkStart, mark.field());
                } else {
                    bookmarks.end(hyperlink::addNewBookmarkEnd, mark.field());
                }
                continue;
            }
            if (inline instanceof Inline.Text text && text.revision() != null && revisions != null) {
                write(() -> revisions.run(text.revision(), hyperlink::addNewIns, hyperlink::addNewDel), inline,
                        styles.id(StyleMap.link()));
            } else {
                write(hyperlink::addNewR, inline, styles.id(StyleMap.link()));
            }
        }
    }

    /** One inline as runs made by {@code newRun} (in the paragraph or in a hyperlink, whose style is given). */
    private void write(Supplier<CTR> newRun, Inline inline, String linkStyle) {
        if (inline instanceof Inline.PageNumber) {
            field(newRun, "PAGE", pageShown);
            return;
        }
        if (inline instanceof Inline.PageCount) {
            field(newRun, "NUMPAGES", pagesShown);
            return;
        }
        CTR run = newRun.get();
        if (inline instanceof Inline.Text text) {
            WordStyle style = linkStyle != null ? null : StyleMap.character(text);
            String characterStyle = linkStyle != null ? linkStyle : style == null ? null : styles.id(style);
            boolean bold = text.bold() && style != WordStyle.STRONG && style != WordStyle.META_LABEL
                    && style != WordStyle.CLASSIFICATION;
            boolean italic = text.italic() && style != WordStyle.EMPHASIS;
            String language = text.language() == null ? null : WordLanguage.of(text.language());
            if (characterStyle != null || bold || italic || language != null && !language.equals(wordLanguage)) {
                // run properties in the schema's order: Word refuses a document where they are not
                CTRPr properties = run.addNewRPr();
                if (characterStyle != null) {
                    properties.addNewRStyle().setVal(characterStyle);
                }
                if (bold) {
                    properties.addNewB();
                }
                if (italic) {
                    properties.addNewI();
                }
                if (language != null && !language.equals(wordLanguage)) {
                    properties.addNewLang().setVal(language);
                }
            }
            if (text.revision() != null && !text.revision().inserted() && revisions != null) {
                deletedText(run, text.text());
            } else {
                text(run, text.text());
            }
        } else if (inline instanceof Inline.LineBreak) {
            run.addNewBr();
        } else if (inline instanceof Inline.Picture picture) {
            if (pictures == null) {
                throw new DocxException("a picture in a page's header or footer: the DOCX holds pictures in the"
                        + " body only");
            }
            pictures.write(run, picture);
        } else if (inline instanceof Inline.Chart chart) {
            if (pictures == null) {
                throw new DocxException("a chart in a page's header or footer: the DOCX holds charts in the body only");
            }
            pictures.write(run, chart);
        } else if (inline instanceof Inline.Tab) {
            run.addNewTab();
        } else if (inline instanceof Inline.NoteReference note && note.first()) {
            // Word numbers the footnote itself, and again whenever staff add or move one
            run.addNewRPr().addNewRStyle().setVal(styles.id(WordStyle.FOOTNOTE_REFERENCE));
            run.addNewFootnoteReference().setId(java.math.BigInteger.valueOf(note.number()));
        } else if (inline instanceof Inline.NoteReference) {
            throw new IllegalStateException("a repeated citation is a field, not a run");
        } else if (inline instanceof Inline.Mark) {
            throw new IllegalStateException("a field mark is not a run");
        }
    }

    /**
     * A citation of a note: the first is the footnote itself, in a bookmark; a later one, as Word
     * cites a footnote again, a NOTEREF field showing the first's number, which Word updates.
     */
    private void note(CTP paragraph, Inline.NoteReference note) {
        if (!footnotes.contains(note.number())) {
            CTR run = paragraph.addNewR();
            run.addNewRPr().addNewRStyle().setVal(styles.id(WordStyle.FOOTNOTE_REFERENCE));
            text(run, String.valueOf(note.number()));
            return;
        }
        if (note.first()) {
            java.math.BigInteger mark = bookmarks == null ? null : bookmarks.startNote(paragraph, note.number());
            write(paragraph::addNewR, note, null);
            if (mark != null) {
                paragraph.addNewBookmarkEnd().setId(mark);
            }
            return;
        }
        String style = styles.id(WordStyle.FOOTNOTE_REFERENCE);
        Supplier<CTR> newRun = () -> {
            CTR run = paragraph.addNewR();
            run.addNewRPr().addNewRStyle().setVal(style);
            return run;
        };
        field(newRun, "NOTEREF " + Bookmarks.noteName(note.number()) + " \\f \\h", String.valueOf(note.number()));
    }

    /** Where a footnote's text starts: its number, as Word shows it, and a space. */
    void footnoteNumber(CTP paragraph) {
        CTR number = paragraph.addNewR();
        number.addNewRPr().addNewRStyle().setVal(styles.id(WordStyle.FOOTNOTE_REFERENCE));
        number.addNewFootnoteRef();
        text(paragraph.addNewR(), " ");
    }

    /**
     * A complex field: begin, instruction, separator, the result shown until the field is
     * computed, end; one run each.
     */
    private static void field(Supplier<CTR> newRun, String instruction, String shown) {
        fieldStart(newRun, instruction);
        text(newRun.get(), shown);
        newRun.get().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A field's begin, instruction and separator: what it shows and its end follow. */
    private static void fieldStart(Supplier<CTR> newRun, String instruction) {
        newRun.get().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText code = newRun.get().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        newRun.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Deleted text of a tracked change: Word keeps it in {@code w:delText}. */
    private static void deletedText(CTR run, String value) {
        CTText text = run.addNewDelText();
        text.setStringValue(value);
        text.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** Text whose spaces at either end Word would otherwise drop is marked to keep them. */
    private static void text(CTR run, String value) {
        CTText text = run.addNewT();
        text.setStringValue(value);
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            text.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }
}
