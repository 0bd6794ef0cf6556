package org.briefing.load;

import java.util.function.IntPredicate;

/**
 * How strictly a model is read.
 *
 * @param allowFallback a missing translation is a warning (the default language is used)
 *                      instead of an error
 * @param drawable      which characters the output fonts can draw; others are refused,
 *                      since a PDF would show them as '#'
 * @param limits        what reading one file may cost
 */
public record LoadOptions(boolean allowFallback, IntPredicate drawable, Limits limits) {

    public static LoadOptions defaults() {
        return new LoadOptions(false, codePoint -> true, Limits.DEFAULT);
    }

    public LoadOptions withAllowFallback(boolean allow) {
        return new LoadOptions(allow, drawable, limits);
    }

    public LoadOptions withDrawable(IntPredicate canDraw) {
        return new LoadOptions(allowFallback, canDraw, limits);
    }
}
