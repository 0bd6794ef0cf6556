/**
 * The redline of two versions of a briefing: their editions' XHTML merged into one that marks
 * every inserted and deleted word ({@code ins}, {@code del}) and every changed item, written as a
 * DOCX with tracked changes and as a PDF with marked changes and a summary. Depends on html,
 * model and render.
 */
package org.briefing.redline;
