/**
 * Model and language to XHTML: the template set (bundled or a folder), message bundles, the
 * per-language {@link org.briefing.html.EditionView}, Thymeleaf, and the standalone HTML writer.
 * The XHTML element vocabulary is documented in {@code templates/README.md}. Depends on model
 * and typeset.
 */
package org.briefing.html;
