package org.briefing.load;

/**
 * What a model file may cost to read. Defaults are far above any real briefing and far below
 * what would hurt the machine.
 *
 * @param maxBytes   size of the file
 * @param maxDepth   nesting of mappings and sequences
 * @param maxAliases alias references ({@code *name}); each can multiply the document
 * @param maxNodes   scalars, mappings and sequences after aliases are expanded
 * @param maxItems   entries in any one list of the model
 * @param maxText    characters of text in the whole model after aliases are expanded: an alias
 *                   repeats a whole list, so without it a 2 MiB file could hold several times
 *                   as much text, and a document too large to render in the memory the tool
 *                   promises (see README, "Security model and limits")
 */
public record Limits(int maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxItems, int maxText) {
    public static final Limits DEFAULT = new Limits(2 * 1024 * 1024, 32, 50, 100_000, 2_000, 2 * 1024 * 1024);
}
