/**
 * Reading an edited DOCX back into its model: which fields staff changed, added, deleted and
 * reordered in one language ({@link org.briefing.docximport.Reconciler}), what that means for the
 * model file ({@link org.briefing.docximport.ImportPlanner}), written through
 * {@link org.briefing.edit}, and a report of every change and of everything that could not be
 * imported. Depends on docx, edit, html, load, model and render.
 */
package org.briefing.docximport;
