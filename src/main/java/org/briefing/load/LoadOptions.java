package org.briefing.load;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * How strictly a model is read.
 *
 * @param allowFallback a missing translation is a warning (the first language that has the text
 *                      is used) instead of an error
 * @param drawable      which characters the output fonts can draw; others are refused,
 *                      since a PDF would show them as '#'
 * @param limits        what reading one file may cost
 * @param editions      the languages that will be rendered, whose translations must be there;
 *                      empty for all of the model's (a model whose new item exists in one
 *                      language so far still renders in that language)
 * @param checkTranslations whether missing translations are looked for at all; a batch run reads
 *                      a model without, to render its complete editions and fail the others
 */
public record LoadOptions(boolean allowFallback, IntPredicate drawable, Limits limits, List<String> editions,
                          boolean checkTranslations) {

    public LoadOptions {
        editions = List.copyOf(editions);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(false, codePoint -> true, Limits.DEFAULT, List.of(), true);
    }

    public LoadOptions withAllowFallback(boolean allow) {
        return new LoadOptions(allow, drawable, limits, editions, checkTranslations);
    }

    public LoadOptions withDrawable(IntPredicate canDraw) {
        return new LoadOptions(allowFallback, canDraw, limits, editions, checkTranslations);
    }

    /** Only {@code languages} will be rendered (empty: all of the model's). */
    public LoadOptions withEditions(List<String> languages) {
        return new LoadOptions(allowFallback, drawable, limits, languages, checkTranslations);
    }

    /** No translation is looked for: every text may lack any language. */
    public LoadOptions withoutTranslationChecks() {
        return new LoadOptions(allowFallback, drawable, limits, editions, false);
    }
}
