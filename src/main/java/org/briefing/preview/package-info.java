/**
 * The live preview ({@code briefing preview}): a small HTTP server on the loopback interface that
 * shows the HTML edition of one model, offers its PDF and DOCX, and reloads the page by itself
 * when the model (or a template, with a template folder) is saved. A model with problems shows
 * them in the page instead of stopping the server.
 *
 * <p>Built on the JDK's own server ({@code com.sun.net.httpserver}, module jdk.httpserver), so it
 * adds no dependency; it serves its fixed routes only, never files from disk. Depends on render,
 * load, html and pdf (through the {@link org.briefing.render.Renderer} facade and its template
 * and font sets).
 */
package org.briefing.preview;
