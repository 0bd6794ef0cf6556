package org.briefing.output;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefing.model.Briefing;
import org.briefing.model.FileNames;
import org.briefing.render.Format;

/**
 * Where documents go: {@code DIR/<country code, lower case>/<id>.<lang>.<ext>}, a bilingual
 * edition's {@code <id>.<lang>+<lang>.<ext>}. Every name is
 * checked again here, whatever the loader allowed, so no model can point a write outside DIR.
 */
public final class OutputLayout {
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Path root;

    public OutputLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path pathFor(Briefing briefing, String language, Format format) {
        return pathFor(briefing, language, null, format);
    }

    /**
     * A document made from an edition, beside it: {@code <id>.<lang>.<kind>.<ext>}, such as the
     * redline {@code kg-tip-2020.ru.redline.pdf}.
     *
     * @param kind lower-case letters, or null for the edition itself
     */
    public Path pathFor(Briefing briefing, String language, String kind, Format format) {
        return pathFor(briefing, language, kind, format.extension());
    }

    /** A file of another kind about an edition, such as its translation file {@code <id>.<lang>.xlf}. */
    public Path pathFor(Briefing briefing, String language, String kind, String extension) {
        if (!extension.matches("[a-z]{1,8}")) {
            throw new IllegalArgumentException("unsafe extension for a file name: '" + extension + "'");
        }
        if (kind != null && !kind.matches("[a-z]{1,16}")) {
            throw new IllegalArgumentException("unsafe document kind for a file name: '" + kind + "'");
        }
        String country = briefing.country().code();
        check(COUNTRY, country, "country code");
        check(ID, briefing.id(), "id");
        if (FileNames.isWindowsDeviceName(briefing.id())) {
            throw new IllegalArgumentException("unsafe id for a file name: '" + briefing.id() + "' is a Windows device");
        }
        Path path = root.resolve(country.toLowerCase(Locale.ROOT))
                .resolve(briefing.id() + "." + edition(language) + (kind == null ? "" : "." + kind) + "."
                        + extension).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + path);
        }
        return path;
    }

    /** An edition's language, or a bilingual edition's two ({@code en+ru}), as the file name has it. */
    private static String edition(String languages) {
        String[] parts = languages.split("\\+", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("unsafe language for a file name: '" + languages + "'");
        }
        StringBuilder name = new StringBuilder();
        for (String language : parts) {
            check(LANGUAGE, language, "language");
            name.append(name.length() == 0 ? "" : "+").append(canonicalCase(language));
        }
        return name.toString();
    }

    /**
     * A language tag in the case BCP 47 recommends ({@code sr-Cyrl-RS}, {@code en}): a model may
     * spell it {@code EN}, and a file name must not depend on that.
     */
    static String canonicalCase(String language) {
        String[] subtags = language.split("-");
        StringBuilder tag = new StringBuilder(subtags[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            tag.append('-').append(subtag.length() == 2 ? subtag.toUpperCase(Locale.ROOT)
                    : subtag.length() == 4 ? subtag.substring(0, 1).toUpperCase(Locale.ROOT)
                            + subtag.substring(1).toLowerCase(Locale.ROOT)
                            : subtag.toLowerCase(Locale.ROOT));
        }
        return tag.toString();
    }

    private static void check(Pattern pattern, String value, String what) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("unsafe " + what + " for a file name: '" + value + "'");
        }
    }
}
