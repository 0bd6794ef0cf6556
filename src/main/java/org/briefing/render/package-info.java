/**
 * The rendering pipeline as one facade: {@link org.briefing.render.Renderer} takes a loaded
 * briefing, a language and a format and returns the document's bytes. Depends on html, pdf, docx.
 */
package org.briefing.render;
