#!/usr/bin/python3
"""Step 1 of build-fonts.sh: rename a Liberation font and graft missing glyphs.

    prepare-base.py SOURCE.ttf DONOR.ttf OUTPUT.ttf FAMILY STYLE

* Copies the outlines of the code points listed in GRAFT (which Liberation
  2.1.5 lacks) from DONOR (the matching Noto style, also SIL OFL 1.1) into
  SOURCE. The donor outline is scaled so that its cap height matches the
  cap height of SOURCE, and its advance width is scaled by the same factor.
  Composite glyphs are decomposed. Nothing else in SOURCE is changed, so
  every existing advance width stays exactly as in Liberation.
* Rewrites the name table: Liberation's licence reserves the font name
  "Liberation" (and Google's "Tinos"/"Arimo"), and the OFL forbids a
  Modified Version from using a Reserved Font Name, so the family becomes
  FAMILY (e.g. "Briefing Serif").
* Keeps head.created/head.modified of SOURCE (no timestamp recalculation),
  so the output is byte-for-byte reproducible.

Subsetting, table dropping and de-hinting happen afterwards in pyftsubset.
"""
import sys

from fontTools.ttLib import TTFont

import fontedit

# code point -> glyph name used in the output
GRAFT = {
    0x20B8: "uni20B8",  # TENGE SIGN
    0x20BD: "uni20BD",  # RUBLE SIGN
    0xFFFD: "uniFFFD",  # REPLACEMENT CHARACTER
}

BUILD_TAG = "briefing-1"


def die(msg):
    sys.exit("prepare-base.py: " + msg)


def graft(font, donor):
    src_cmap = font.getBestCmap()
    donor_cmap = donor.getBestCmap()
    cap_src = font["OS/2"].sCapHeight
    cap_donor = donor["OS/2"].sCapHeight
    if not cap_src or not cap_donor:
        die("cap height missing in OS/2 table")
    scale = cap_src / cap_donor
    added = []
    for cp in sorted(GRAFT):
        if cp in src_cmap:
            continue  # a newer Liberation has it: keep the original
        if cp not in donor_cmap:
            die("donor font lacks U+%04X" % cp)
        if GRAFT[cp] in font.getGlyphOrder():
            die("glyph name %s already used in source font" % GRAFT[cp])
        glyph, advance = fontedit.donor_outline(font, donor, donor_cmap[cp], scale)
        fontedit.add_glyph(font, GRAFT[cp], glyph, advance)
        fontedit.map_code_point(font, cp, GRAFT[cp])
        added.append("U+%04X" % cp)
    return added, scale


def rename(font, family, style, donor_copyright):
    name = font["name"]
    src_family = name.getDebugName(1)
    version = name.getDebugName(5) or "Version ?"
    bare_version = version.replace("Version ", "")
    ps_family = family.replace(" ", "")
    style_ps = style.replace(" ", "")
    full = family if style == "Regular" else "%s %s" % (family, style)
    new = {
        1: family,
        2: style,
        3: "%s %s; %s; %s" % (family, style, version, BUILD_TAG),
        4: full,
        5: "%s; %s" % (version, BUILD_TAG),
        6: "%s-%s" % (ps_family, style_ps),
        10: ("%s is a modified version of %s %s (Debian package "
             "fonts-liberation2), renamed because the licence reserves the "
             "font name Liberation. Changes: subset to Latin, Greek, Cyrillic and "
             "common punctuation/symbols; OpenType layout tables, kerning "
             "and hinting removed; tenge, ruble and replacement-character "
             "glyphs added from Noto. Advance widths and vertical metrics "
             "of all kept glyphs are unchanged from %s."
             % (family, src_family, bare_version, src_family)),
    }
    copyright_ = name.getDebugName(0) or ""
    if donor_copyright and donor_copyright not in copyright_:
        new[0] = copyright_ + "\nTenge, ruble and replacement-character glyphs from Noto: " + donor_copyright
    # drop typographic family/subfamily names etc. that could carry the old name
    for nid in (16, 17, 18, 21, 22, 25):
        name.removeNames(nameID=nid)
    fontedit.set_names(font, new)
    # Style-linking fields stay as they are in the source font.


def main(argv):
    if len(argv) != 5:
        die("usage: prepare-base.py SOURCE DONOR OUTPUT FAMILY STYLE")
    source, donor_path, output, family, style = argv
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=False)
    donor = TTFont(donor_path)
    added, scale = graft(font, donor)
    rename(font, family, style, donor["name"].getDebugName(0))
    font.save(output, reorderTables=True)
    print("  %s: grafted %s from %s (scale %.4f)"
          % (output.rsplit("/", 1)[-1], " ".join(added) or "nothing",
             donor_path.rsplit("/", 1)[-1], scale))


if __name__ == "__main__":
    main(sys.argv[1:])
