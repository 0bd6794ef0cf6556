/**
 * XHTML to PDF with openhtmltopdf: the bundled fonts, PDF/UA-1 and PDF/A-2a, metadata, the
 * same bytes for the same inputs, a table of contents for long briefings, and resource access
 * confined to the template set (nothing from the network or the rest of the disk).
 * Depends on html and model.
 */
package org.briefing.pdf;
