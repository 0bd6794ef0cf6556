/**
 * Batch runs: every model under some folders rendered in parallel into one output folder, with
 * {@code manifest.json} recording what each output was made from. Unchanged outputs are skipped,
 * outputs someone edited are never overwritten (the new version goes beside them as
 * {@code <id>.<lang>.new.<ext>}), and one bad model never stops the others.
 * {@link org.briefing.batch.BatchRunner} is the entry point for the command line and for other
 * JVM code. Depends on render, output, load, html and pdf (fingerprints), and Jackson for JSON.
 */
package org.briefing.batch;
