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
 */
public record Limits(int maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxItems) {
    public static final Limits DEFAULT = new Limits(2 * 1024 * 1024, 32, 50, 100_000, 2_000);
}
