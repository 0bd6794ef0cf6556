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
 * Writes styled paragraphs of inlines, as runs, into one part (body, header or footer). Every
 * run is tagged with the edition's language, or with its own where the XHTML gives it one
 * (English labels of a language without labels), so Word and LibreOffice spell-check it in that
 * language whatever the machine's default. Links become real hyperlinks (a relationship of the
 * part, opened outside Word) in the Hyperlink character style; page numbers become live fields.
 * Not thread-safe: one per part of one document.
 */
final class RunWriter {
    private final String wordLanguage;
    private final StyleMap styles;
    private final Relationships relationships;
    private final Bookmarks bookmarks;
    private final Revisions revisions;
    private PictureWriter pictures;

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
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Link link) {
                link(paragraph, link);
            } else if (inline instanceof Inline.Mark mark) {
                mark(paragraph, mark);
            } else if (inline instanceof Inline.Text text && text.revision() != null && revisions != null) {
                write(() -> revisions.run(text.revision(), paragraph::addNewIns, paragraph::addNewDel), inline, null);
            } else {
                write(paragraph::addNewR, inline, null);
            }
        }
        if (bookmarks != null) {
            bookmarks.endSection(paragraph, sectionMark);
        }
        if (revisions != null) {
            revisions.paragraphMark(paragraph, inlines);
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

    /** One inline as runs made by {@code newRun} (in the paragraph or in a hyperlink). */
    private void write(Supplier<CTR> newRun, Inline inline, String characterStyle) {
        if (inline instanceof Inline.PageNumber) {
            field(newRun, "PAGE");
            return;
        }
        if (inline instanceof Inline.PageCount) {
            field(newRun, "NUMPAGES");
            return;
        }
        CTR run = newRun.get();
        // run properties in the schema's order: Word refuses a document where they are not
        CTRPr properties = run.addNewRPr();
        if (characterStyle != null) {
            properties.addNewRStyle().setVal(characterStyle);
        }
        if (inline instanceof Inline.Text text) {
            if (text.bold()) {
                properties.addNewB();
            }
            if (text.italic()) {
                properties.addNewI();
            }
            CTR taggedRun = tagged(run, text.language());
            if (text.revision() != null && !text.revision().inserted() && revisions != null) {
                deletedText(taggedRun, text.text());
            } else {
                text(taggedRun, text.text());
            }
        } else if (inline instanceof Inline.LineBreak) {
            tagged(run).addNewBr();
        } else if (inline instanceof Inline.Picture picture) {
            if (pictures == null) {
                throw new DocxException("a picture in a page's header or footer: the DOCX holds pictures in the"
                        + " body only");
            }
            pictures.write(tagged(run), picture);
        } else if (inline instanceof Inline.Mark) {
            throw new IllegalStateException("a field mark is not a run");
        }
    }

    /** A complex field: begin, instruction, separator, a placeholder result, end; one run each. */
    private void field(Supplier<CTR> newRun, String instruction) {
        tagged(newRun.get()).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        tagged(newRun.get()).addNewInstrText().setStringValue(" " + instruction + " ");
        tagged(newRun.get()).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(tagged(newRun.get()), "1");
        tagged(newRun.get()).addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** {@code run} tagged with the edition's language (the last of its properties). */
    private CTR tagged(CTR run) {
        return tagged(run, null);
    }

    /** {@code run} tagged with {@code language} (BCP 47), or the edition's where that is null. */
    private CTR tagged(CTR run, String language) {
        (run.isSetRPr() ? run.getRPr() : run.addNewRPr()).addNewLang()
                .setVal(language == null ? wordLanguage : WordLanguage.of(language));
        return run;
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
