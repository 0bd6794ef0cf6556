package org.briefing.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code @font-face} rules that give the HTML edition the logical families of the stylesheet
 * ({@code Briefing Serif}, {@code Briefing Sans}) from fonts installed on the reader's machine,
 * one rule for each weight and style, each naming that face itself: its full name ("Times New
 * Roman Bold") and its PostScript name ("TimesNewRomanPS-BoldMT"), which is what {@code local()}
 * matches. A rule that named a family's regular face for its bold would give bold text the
 * regular face, as browsers take a rule's face as it is and do not embolden it. Where no name
 * matches, the browser goes on to the next family of the stylesheet's list ({@code serif}).
 */
final class LocalFontFaces {
    /** PostScript names that do not follow the family-without-spaces pattern, by family. */
    private static final Map<String, String> POSTSCRIPT_STEMS = Map.of(
            "Times New Roman", "TimesNewRomanPS", "Arial", "Arial");

    private LocalFontFaces() {
    }

    /** The rules for each logical family from the installed families that may stand for it, best first. */
    static String rules(Map<String, List<String>> families) {
        StringBuilder rules = new StringBuilder();
        families.forEach((logical, installed) -> {
            for (Face face : Face.values()) {
                List<String> sources = new ArrayList<>();
                for (String family : installed) {
                    names(family, face).forEach(name -> sources.add("local(\"" + name + "\")"));
                }
                rules.append("@font-face { font-family: \"").append(logical).append("\"; font-weight: ")
                        .append(face.weight).append("; font-style: ").append(face.style).append("; src: ")
                        .append(String.join(", ", sources)).append("; }\n");
            }
        });
        return rules.toString();
    }

    /** The four faces of a family: their CSS weight and style, and how their names end. */
    enum Face {
        REGULAR("normal", "normal", "", "Regular"),
        BOLD("bold", "normal", "Bold", "Bold"),
        ITALIC("normal", "italic", "Italic", "Italic"),
        BOLD_ITALIC("bold", "italic", "Bold Italic", "BoldItalic");

        final String weight;
        final String style;
        /** What the full name adds to the family's ("Times New Roman Bold Italic"). */
        final String fullSuffix;
        /** What the PostScript name adds after a hyphen ("LiberationSerif-BoldItalic"). */
        final String postScriptSuffix;

        Face(String weight, String style, String fullSuffix, String postScriptSuffix) {
            this.weight = weight;
            this.style = style;
            this.fullSuffix = fullSuffix;
            this.postScriptSuffix = postScriptSuffix;
        }
    }

    /** The names {@code local()} may find {@code face} of {@code family} under. */
    static List<String> names(String family, Face face) {
        Set<String> names = new LinkedHashSet<>();
        names.add(face.fullSuffix.isEmpty() ? family : family + " " + face.fullSuffix);
        if (face == Face.REGULAR) {
            names.add(family + " Regular");
        }
        String stem = POSTSCRIPT_STEMS.get(family);
        if (stem != null) {
            // Monotype's names, on Windows and macOS: TimesNewRomanPSMT, Arial-BoldItalicMT
            names.add(stem + (face == Face.REGULAR ? "MT" : "-" + face.postScriptSuffix + "MT"));
        } else {
            String compact = family.replace(" ", "");
            names.add(compact + "-" + face.postScriptSuffix);
            if (face == Face.REGULAR) {
                names.add(compact);
            }
        }
        return List.copyOf(names);
    }
}
