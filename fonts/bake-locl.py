#!/usr/bin/python3
"""Build step of build-fonts.sh: bake a language's localized forms into a font.

    bake-locl.py BASE.ttf DONOR.ttf LANGSYS[,LANGSYS...] OUTPUT.ttf

BASE is a font made by prepare-base.py (it still has Liberation's GSUB). The
OpenType feature `locl` of the Cyrillic script, for the language systems
LANGSYS (SRB for Serbian, MKD for Macedonian), substitutes some letters with
the forms these languages use: in italic, Serbian and Macedonian write б г д п т
differently from Russian. The bundled fonts carry no GSUB, so nothing would
apply the feature when a PDF is made; instead this step writes a separate font
in which those code points map to the localized forms directly.

* Each substituted code point gets its own copy of the localized glyph (never a
  shared glyph such as Latin g for Cyrillic д), so text extracted from a PDF
  is still the model's text.
* Forms that BASE lacks but DONOR (the matching Noto style) has for the same
  language systems are grafted from DONOR, scaled by the ratio of the x-heights
  (they are all lower-case letters).
* The language systems must give the same substitutions: one file serves them
  all. The build stops if they differ.
* The name table says which forms the font has; family and style stay, so the
  font replaces its base face for those languages' editions.

Prints the substituted code points, for verify-build.py.
"""
import sys

from fontTools.ttLib import TTFont

import fontedit

SCRIPT = "cyrl"
FEATURE = "locl"


def die(msg):
    sys.exit("bake-locl.py: " + msg)


def single_substitutions(font, langsys):
    """code point -> substitute glyph name, from FEATURE of SCRIPT/LANGSYS (empty if none)."""
    if "GSUB" not in font:
        return {}
    gsub = font["GSUB"].table
    records = [r for r in gsub.ScriptList.ScriptRecord if r.ScriptTag == SCRIPT]
    if not records:
        return {}
    systems = [r.LangSys for r in records[0].Script.LangSysRecord if r.LangSysTag.strip() == langsys]
    if not systems:
        return {}
    by_glyph = {}
    for index in systems[0].FeatureIndex:
        feature = gsub.FeatureList.FeatureRecord[index]
        if feature.FeatureTag != FEATURE:
            continue
        for lookup_index in feature.Feature.LookupListIndex:
            lookup = gsub.LookupList.Lookup[lookup_index]
            for subtable in lookup.SubTable:
                if lookup.LookupType == 7:
                    subtable = subtable.ExtSubTable
                if not hasattr(subtable, "mapping"):
                    die("%s/%s: %s lookup %d is not a single substitution"
                        % (SCRIPT, langsys, FEATURE, lookup_index))
                by_glyph.update(subtable.mapping)
    cmap = font.getBestCmap()
    return {cp: by_glyph[name] for cp, name in cmap.items() if name in by_glyph}


def same_for_all(font, languages):
    """The substitutions of the first language system, checked to be those of every other."""
    first = single_substitutions(font, languages[0])
    for other in languages[1:]:
        if single_substitutions(font, other) != first:
            die("%s forms differ from %s forms in %s; build a file for each"
                % (other, languages[0], font["name"].getDebugName(4)))
    return first


def bake(font, donor, languages):
    own = same_for_all(font, languages)
    grafted = {cp: name for cp, name in same_for_all(donor, languages).items() if cp not in own}
    x_font, x_donor = font["OS/2"].sxHeight, donor["OS/2"].sxHeight
    if grafted and (not x_font or not x_donor):
        die("x-height missing in OS/2 table")
    if not own and not grafted:
        die("no %s forms for %s in either font" % (FEATURE, ",".join(languages)))
    tag = "".join(languages)
    for cp in sorted(set(own) | set(grafted)):
        if cp in own:
            glyph, advance = fontedit.own_copy(font, own[cp])
        else:
            glyph, advance = fontedit.donor_outline(font, donor, grafted[cp], x_font / x_donor)
        name = "uni%04X.locl%s" % (cp, tag)
        fontedit.add_glyph(font, name, glyph, advance)
        fontedit.map_code_point(font, cp, name)
    return sorted(own), sorted(grafted)


def rename(font, languages):
    """Marks the names that identify one font file; the family and style stay those of the base."""
    name = font["name"]
    tag = "-".join(languages)
    changed = {
        3: "%s; locl %s" % (name.getDebugName(3), tag),
        4: "%s (%s forms)" % (name.getDebugName(4), tag),
        6: "%s%s" % (name.getDebugName(6), "".join(languages)),
        10: "%s Localized forms of %s baked in (OpenType locl, Cyrillic)."
            % (name.getDebugName(10), " and ".join(languages)),
    }
    fontedit.set_names(font, changed)


def main(argv):
    if len(argv) != 4:
        die("usage: bake-locl.py BASE DONOR LANGSYS[,LANGSYS...] OUTPUT")
    base, donor_path, languages, output = argv
    languages = languages.split(",")
    font = TTFont(base, recalcTimestamp=False, recalcBBoxes=False)
    donor = TTFont(donor_path)
    own, grafted = bake(font, donor, languages)
    rename(font, languages)
    font.save(output, reorderTables=True)
    describe = lambda cps: " ".join(chr(cp) for cp in cps) or "-"
    print("  %s: %s forms %s from %s, %s from %s"
          % (output.rsplit("/", 1)[-1], "/".join(languages), describe(own), base.rsplit("/", 1)[-1],
             describe(grafted), donor_path.rsplit("/", 1)[-1]), file=sys.stderr)
    print(",".join("%04X" % cp for cp in own + grafted))


if __name__ == "__main__":
    main(sys.argv[1:])
