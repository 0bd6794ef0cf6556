/**
 * Translation files: a model's texts out to XLIFF, one unit per text, for translators' CAT tools
 * (Trados, memoQ, Phrase, OmegaT), and their translations back into the model through
 * {@link org.briefing.edit}, nothing else in the file changed. Depends on edit, load and model.
 */
package org.briefing.xliff;
