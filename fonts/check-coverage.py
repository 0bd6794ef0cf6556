#!/usr/bin/python3
"""Check that every bundled font covers the code points the briefings need.

Usage:
    check-coverage.py                 # checks every font named in fonts.properties
    check-coverage.py FONT.ttf ...    # checks the given files

For each font it lists every required code point that is missing from the
cmap, or that maps to an empty glyph although it is not a space character.
Exits 1 if anything is missing in any font, 2 on usage errors, 0 otherwise.
Needs fontTools (Debian package python3-fonttools).
"""
import os
import sys
import unicodedata

try:
    from fontTools.ttLib import TTFont
except ImportError:
    sys.exit("check-coverage.py: fontTools missing - install Debian package "
             "python3-fonttools and run with /usr/bin/python3")

HERE = os.path.dirname(os.path.abspath(__file__))
STYLE_KEYS = ["serif.regular", "serif.bold", "serif.italic", "serif.bolditalic",
              "sans.regular", "sans.bold", "sans.italic", "sans.bolditalic"]


def span(first, last):
    return list(range(first, last + 1))


def letters(text):
    return [ord(c) for c in text if not c.isspace()]


# (label, code points). The whole named blocks are required, not only the
# letters of the listed languages; the Latin alphabets of the region's languages
# are listed as well, since they reach beyond those blocks.
REQUIRED = [
    ("Basic Latin", span(0x0020, 0x007E)),
    ("Latin-1 Supplement", span(0x00A0, 0x00FF)),
    ("Latin Extended-A", span(0x0100, 0x017F)),
    ("Romanian comma-below S/T", span(0x0218, 0x021B)),
    ("Cyrillic", span(0x0400, 0x04FF)),
    ("Azerbaijani", letters("ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ abcçdeəfgğhxıijkqlmnoöprsştuüvyz")),
    ("Turkmen", letters("AÄBÇDEFGHIJŽKLMNŇOÖPRSŞTUÜWYÝZ aäbçdefghijžklmnňoöprsştuüwyýz")),
    ("Uzbek Latin", letters("ABCDEFGHIJKLMNOPQRSTUVXYZ abcdefghijklmnopqrstuvxyz \u02BB \u02BC")),
    ("General Punctuation (selected)",
     [ord(c) for c in "\u2013\u2014\u2018\u2019\u201C\u201D\u201E\u2026\u2022"
                      "\u2030\u2032\u2033\u2009\u202F"]),
    ("Guillemets", [0x00AB, 0x00BB]),
    ("Numero sign", [0x2116]),
    ("Currency", [ord(c) for c in "\u20AC\u20BD\u20B8\u20B4\u20AE"]),
    ("Replacement character", [0xFFFD]),
]

# Characters that legitimately have no outline.
BLANK_OK = {0x0020, 0x00A0, 0x2009, 0x202F}


def required_code_points():
    seen = {}
    for label, cps in REQUIRED:
        for cp in cps:
            seen.setdefault(cp, label)
    return seen


def font_files_from_properties():
    """The 8 styles and every other font (localized faces) that fonts.properties names."""
    props = os.path.join(HERE, "fonts.properties")
    if not os.path.exists(props):
        sys.exit("check-coverage.py: %s not found; run build-fonts.sh first "
                 "or pass font files as arguments" % props)
    values = {}
    with open(props, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key.strip()] = value.strip()
    missing_keys = [k for k in STYLE_KEYS if k not in values]
    if missing_keys:
        sys.exit("check-coverage.py: fonts.properties lacks " + ", ".join(missing_keys))
    files = [values[k] for k in STYLE_KEYS]
    files += sorted({v for v in values.values() if v.endswith(".ttf")} - set(files))
    return [os.path.join(HERE, f) for f in files]


def describe(cp):
    try:
        name = unicodedata.name(chr(cp))
    except ValueError:
        name = "?"
    return "U+%04X %s" % (cp, name)


def check(path, required):
    font = TTFont(path, lazy=True)
    cmap = font.getBestCmap() or {}
    glyf = font["glyf"] if "glyf" in font else None
    problems = []
    for cp in sorted(required):
        gname = cmap.get(cp)
        if gname is None:
            problems.append("missing  %s  [%s]" % (describe(cp), required[cp]))
        elif glyf is not None and cp not in BLANK_OK and glyf[gname].numberOfContours == 0:
            problems.append("blank    %s  [%s] -> glyph %s has no outline"
                            % (describe(cp), required[cp], gname))
    return problems, len(cmap)


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    files = argv or font_files_from_properties()
    required = required_code_points()
    failed = 0
    for path in files:
        if not os.path.exists(path):
            print("%s: FILE NOT FOUND" % path)
            failed += 1
            continue
        problems, mapped = check(path, required)
        shown = os.path.relpath(path)
        if problems:
            failed += 1
            print("%s: %d of %d required code points missing (%d mapped in total)"
                  % (shown, len(problems), len(required), mapped))
            for p in problems:
                print("    " + p)
        else:
            print("%s: OK, all %d required code points present (%d mapped in total)"
                  % (shown, len(required), mapped))
    if failed:
        print("coverage check FAILED for %d of %d fonts" % (failed, len(files)))
        return 1
    print("coverage check passed for %d fonts" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
