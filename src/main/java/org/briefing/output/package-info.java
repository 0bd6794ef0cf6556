/**
 * Where output goes and how it is written: the output layout (confined to the output folder) and
 * {@link org.briefing.output.OutputFolder}, the one way files are written, read back and removed
 * there: atomic writes, never through a symbolic link or into a special file, temporaries cleaned
 * up. Depends on model, render (for formats) and files.
 */
package org.briefing.output;
