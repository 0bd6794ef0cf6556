/**
 * XHTML to PDF with openhtmltopdf: the bundled fonts, PDF/UA and PDF/A, metadata, and resource
 * access confined to the template set (nothing from the network or the rest of the disk).
 * Depends on html and model.
 */
package org.briefing.pdf;
