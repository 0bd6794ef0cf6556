/**
 * Typesetting: the language rules a print shop expects, applied to an edition's XHTML once for
 * every format. No-break spaces keep one-letter words, numbers and their units, initials and
 * dashes with their neighbours; ranges of years take an en dash that does not break; straight
 * quotation marks become the language's own; a cited title is in quotation marks or italics as
 * the language has it. The model keeps what its author typed: a DOCX import maps the printed
 * characters back (see {@code org.briefing.docximport.TextForms}). Depends on model.
 */
package org.briefing.typeset;
