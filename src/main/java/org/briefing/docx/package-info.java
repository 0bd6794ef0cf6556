/**
 * XHTML to DOCX. {@link org.briefing.docx.XhtmlReader} reads the edition's XHTML (the one
 * document every format is written from) into a small sealed {@link org.briefing.docx.Block} /
 * {@link org.briefing.docx.Inline} model, refusing any element outside the vocabulary of
 * {@code templates/README.md}; {@link org.briefing.docx.DocxWriter} writes that model as
 * Apache POI's OOXML beans, giving every block kind a named Word style chosen in one place,
 * {@link org.briefing.docx.StyleMap}, and {@link org.briefing.docx.DocxPackage} zips the parts
 * with their relationships and content types. A house-style document ({@code --reference-docx})
 * is read with POI and can replace our style definitions, numbering look and page setup.
 *
 * <p>Depends on html (the template set, for the linked print stylesheet) and on POI; font names
 * arrive as constructor parameters, so nothing here depends on pdf.
 */
package org.briefing.docx;
