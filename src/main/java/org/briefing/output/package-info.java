/**
 * Where output goes and how it is written: the output layout (confined to the output folder) and
 * atomic writes. Depends on model and render (for formats).
 */
package org.briefing.output;
