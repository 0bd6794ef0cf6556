/**
 * Changing model files in place: {@link org.briefing.edit.ModelEdits} says what to change by
 * field path, {@link org.briefing.edit.ModelFile} writes it into the file's text where the values
 * are, keeping comments, order, quoting and layout everywhere else, and checks the result by
 * reading it back. DOCX import and translation import both write through it. Depends on load,
 * model and output.
 */
package org.briefing.edit;
