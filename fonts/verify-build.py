#!/usr/bin/python3
"""Step 3 of build-fonts.sh: structural checks of one built font.

    verify-build.py OUTPUT.ttf SOURCE.ttf [LOCALIZED]

LOCALIZED (hexadecimal code points, comma separated, as bake-locl.py prints
them) are the code points of a font with baked localized forms: their glyphs
and advance widths are meant to differ from SOURCE's.

Fails (exit 1) if
* a table that must be gone is present (GSUB: PDFBox 3 ligature/regex cost
  and "fi" ligatures in extracted text; GPOS/GDEF/kern: unused by
  openhtmltopdf/PDFBox; hinting tables),
* any code point kept from SOURCE, other than LOCALIZED, has a different
  advance width, or the
  vertical metrics (head/hhea/OS/2) differ: these decide line breaks and
  pagination and must stay equal to Liberation's (Times New Roman/Arial
  metrics),
* a primary name (IDs 1, 3, 4, 6, 16, 17) still contains a reserved font
  name (Liberation, Tinos, Arimo, Cousine),
* glyph names are present (post format other than 3).
"""
import sys

from fontTools.ttLib import TTFont

FORBIDDEN_TABLES = ["GSUB", "GPOS", "GDEF", "kern", "fpgm", "prep", "cvt ",
                    "hdmx", "VDMX", "LTSH", "DSIG", "FFTM"]
RESERVED = ["liberation", "tinos", "arimo", "cousine"]
VERTICAL = [("head", "unitsPerEm"), ("hhea", "ascent"), ("hhea", "descent"),
            ("hhea", "lineGap"), ("OS/2", "sTypoAscender"),
            ("OS/2", "sTypoDescender"), ("OS/2", "sTypoLineGap"),
            ("OS/2", "usWinAscent"), ("OS/2", "usWinDescent"),
            ("OS/2", "fsSelection"), ("OS/2", "usWeightClass"),
            ("OS/2", "xAvgCharWidth"), ("OS/2", "fsType"),
            ("head", "macStyle"), ("post", "italicAngle"),
            ("post", "underlinePosition"), ("post", "underlineThickness")]


def main(out_path, src_path, localized=frozenset()):
    out = TTFont(out_path)
    src = TTFont(src_path)
    errors = []
    for tag in FORBIDDEN_TABLES:
        if tag in out:
            errors.append("table %r present" % tag)
    for table, field in VERTICAL:
        a = getattr(src[table], field)
        b = getattr(out[table], field)
        if a != b:
            errors.append("%s.%s changed: %r -> %r" % (table, field, a, b))
    scmap, ocmap = src.getBestCmap(), out.getBestCmap()
    shmtx, ohmtx = src["hmtx"], out["hmtx"]
    compared = 0
    for cp, gname in ocmap.items():
        if cp in scmap and cp not in localized:
            compared += 1
            if shmtx[scmap[cp]][0] != ohmtx[gname][0]:
                errors.append("advance of U+%04X changed: %d -> %d"
                              % (cp, shmtx[scmap[cp]][0], ohmtx[gname][0]))
    for rec in out["name"].names:
        if rec.nameID in (1, 3, 4, 6, 16, 17):
            text = rec.toUnicode().lower()
            for word in RESERVED:
                if word in text:
                    errors.append("name ID %d contains reserved name: %r"
                                  % (rec.nameID, rec.toUnicode()))
    for cp in sorted(localized):
        if cp not in ocmap:
            errors.append("localized U+%04X not mapped" % cp)
    if out["post"].formatType != 3.0:
        errors.append("post table format %s (glyph names kept)" % out["post"].formatType)
    if errors:
        for e in errors:
            print("  %s: %s" % (out_path, e))
        return 1
    print("  %s: ok (%d glyphs, %d code points, %d advance widths identical to %s%s)"
          % (out_path.rsplit("/", 1)[-1], len(out.getGlyphOrder()), len(ocmap),
             compared, src_path.rsplit("/", 1)[-1],
             ", %d localized" % len(localized) if localized else ""))
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: verify-build.py OUTPUT.ttf SOURCE.ttf [LOCALIZED]")
    localized = frozenset(int(cp, 16) for cp in sys.argv[3].split(",") if cp) if len(sys.argv) == 4 else frozenset()
    sys.exit(main(sys.argv[1], sys.argv[2], localized))
