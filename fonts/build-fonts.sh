#!/usr/bin/env bash
# Rebuilds the bundled fonts in this folder from Debian packages.
#
#   apt-get install fonts-liberation2 fonts-noto-core python3-fonttools
#   bash fonts/build-fonts.sh
#
# Output (in the folder of this script):
#   BriefingSerif-{Regular,Bold,Italic,BoldItalic}.ttf   from Liberation Serif 2.x
#   BriefingSans-{Regular,Bold,Italic,BoldItalic}.ttf    from Liberation Sans 2.x
#   Briefing{Serif,Sans}-{Italic,BoldItalic}-SRB-MKD.ttf the italics with Serbian and
#                                                        Macedonian forms (bake-locl.py)
#   LICENSE-Liberation.txt, LICENSE-Noto.txt             licence texts (SIL OFL 1.1)
#   fonts.properties, SHA256SUMS, build-info.txt
# See README.md for what is changed and why. Running it twice gives
# byte-identical files as long as the Debian package versions and the
# fontTools version are the same (they are printed and written to build-info.txt).
set -euo pipefail
export LC_ALL=C.UTF-8 TZ=UTC
export PYTHONDONTWRITEBYTECODE=1 # the build steps share fontedit.py; leave no __pycache__ here

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Debian's interpreter: a python3 from pyenv/venv earlier in PATH usually lacks fontTools.
PYTHON=${PYTHON:-/usr/bin/python3}
LIB_DIR=/usr/share/fonts/truetype/liberation2
NOTO_DIR=/usr/share/fonts/truetype/noto
LIB_COPYRIGHT=/usr/share/doc/fonts-liberation2/copyright
NOTO_COPYRIGHT=/usr/share/doc/fonts-noto-core/copyright

SERIF_FAMILY="Briefing Serif"
SANS_FAMILY="Briefing Sans"
# Installed on the staff machines (Windows/macOS/Office), metric-compatible
# with Liberation Serif / Liberation Sans; the DOCX output names these.
DOCX_SERIF="Times New Roman"
DOCX_SANS="Arial"

# Code points kept by pyftsubset (only those the font actually has are kept).
UNICODES=(
  U+0020-007E   # Basic Latin
  U+00A0-00FF   # Latin-1 Supplement (incl. NBSP, « », ×, ÷, ±, °, soft hyphen)
  U+0100-017F   # Latin Extended-A
  U+0180-024F   # Latin Extended-B (incl. Romanian Ș ș Ț ț U+0218-021B, Azerbaijani Ə)
  U+0259        # ə, Azerbaijani (IPA Extensions; the rest of that block is not needed)
  U+02B0-02FF   # Spacing Modifier Letters (ʼ U+02BC Ukrainian apostrophe, ˇ ˘ ˙ ˛ ˝)
  U+0300-036F   # Combining Diacritical Marks
  U+0370-03FF   # Greek and Coptic (Greek place and personal names)
  U+0400-04FF   # Cyrillic
  U+0500-052F   # Cyrillic Supplement
  U+1E00-1EFF   # Latin Extended Additional (Vietnamese etc.)
  U+2000-206F   # General Punctuation (dashes, quotes, …, •, ‰, ′ ″, thin/narrow spaces)
  U+2070-209F   # Superscripts and Subscripts
  U+20A0-20CF   # Currency Symbols (€ ₮ ₴; ₸ ₽ grafted from Noto)
  U+2100-214F   # Letterlike Symbols (№ ™ ℓ ℮)
  U+2150-218F   # Number Forms (⅓ ⅛ …)
  U+2190-21FF   # Arrows (← ↑ → ↓ ↔ ↕ ⇔)
  U+2200-22FF   # Mathematical Operators (− ≈ ≠ ≤ ≥ ∞ √ ∑ …)
  U+25A0-25FF   # Geometric Shapes (■ □ ▪ ▲ ► ▼ ● ○ ◦ …)
  U+FFFD        # Replacement character (grafted from Noto)
)

# name in file | family | style for name table | Liberation source | Noto donor
FONTS=(
  "BriefingSerif-Regular.ttf|$SERIF_FAMILY|Regular|LiberationSerif-Regular.ttf|NotoSerif-Regular.ttf"
  "BriefingSerif-Bold.ttf|$SERIF_FAMILY|Bold|LiberationSerif-Bold.ttf|NotoSerif-Bold.ttf"
  "BriefingSerif-Italic.ttf|$SERIF_FAMILY|Italic|LiberationSerif-Italic.ttf|NotoSerif-Italic.ttf"
  "BriefingSerif-BoldItalic.ttf|$SERIF_FAMILY|Bold Italic|LiberationSerif-BoldItalic.ttf|NotoSerif-BoldItalic.ttf"
  "BriefingSans-Regular.ttf|$SANS_FAMILY|Regular|LiberationSans-Regular.ttf|NotoSans-Regular.ttf"
  "BriefingSans-Bold.ttf|$SANS_FAMILY|Bold|LiberationSans-Bold.ttf|NotoSans-Bold.ttf"
  "BriefingSans-Italic.ttf|$SANS_FAMILY|Italic|LiberationSans-Italic.ttf|NotoSans-Italic.ttf"
  "BriefingSans-BoldItalic.ttf|$SANS_FAMILY|Bold Italic|LiberationSans-BoldItalic.ttf|NotoSans-BoldItalic.ttf"
)

# Localized forms baked into extra faces (bake-locl.py): the OpenType language systems
# that share one file, and the styles that get one. Serbian and Macedonian italics write
# б г д п т differently from Russian. Upright, Liberation has no localized forms and the
# Russian б is accepted in both languages, so the upright faces serve every language.
LOCALIZED_LANGSYS=SRB,MKD
LOCALIZED_STYLES="Italic|Bold Italic"

# Versions the committed files were built with. Other versions still build,
# but the files (and SHA256SUMS) will differ.
EXPECT_LIBERATION=2.1.5-1
EXPECT_NOTO=20201225-1
EXPECT_FONTTOOLS=4.38.0

die() { echo "build-fonts.sh: error: $*" >&2; exit 1; }

# ---- 1. prerequisites ------------------------------------------------------
missing=()
for spec in "${FONTS[@]}"; do
  IFS='|' read -r _ _ _ lib noto <<<"$spec"
  [[ -f $LIB_DIR/$lib ]] || missing+=("$LIB_DIR/$lib  (Debian package fonts-liberation2)")
  [[ -f $NOTO_DIR/$noto ]] || missing+=("$NOTO_DIR/$noto  (Debian package fonts-noto-core)")
done
[[ -f $LIB_COPYRIGHT ]] || missing+=("$LIB_COPYRIGHT  (Debian package fonts-liberation2)")
[[ -f $NOTO_COPYRIGHT ]] || missing+=("$NOTO_COPYRIGHT  (Debian package fonts-noto-core)")
if ((${#missing[@]})); then
  printf 'build-fonts.sh: error: source file missing: %s\n' "${missing[@]}" >&2
  die "install them with: apt-get install fonts-liberation2 fonts-noto-core"
fi
[[ -x $PYTHON ]] || die "$PYTHON not found (set PYTHON=... or apt-get install python3)"
"$PYTHON" -c 'import fontTools.subset' 2>/dev/null ||
  die "fontTools not importable by $PYTHON - install Debian package python3-fonttools"
command -v sha256sum >/dev/null || die "sha256sum missing (Debian package coreutils)"

pkgver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo unknown; }
V_LIB=$(pkgver fonts-liberation2)
V_NOTO=$(pkgver fonts-noto-core)
V_FT=$("$PYTHON" -c 'import fontTools; print(fontTools.version)')
echo "sources: fonts-liberation2 $V_LIB, fonts-noto-core $V_NOTO, fontTools $V_FT ($PYTHON)"
[[ $V_LIB == "$EXPECT_LIBERATION" && $V_NOTO == "$EXPECT_NOTO" && $V_FT == "$EXPECT_FONTTOOLS" ]] ||
  echo "build-fonts.sh: warning: versions differ from the pinned build" \
       "(fonts-liberation2 $EXPECT_LIBERATION, fonts-noto-core $EXPECT_NOTO, fontTools $EXPECT_FONTTOOLS);" \
       "output will not match the committed SHA256SUMS" >&2

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/out"
unicodes=$(IFS=,; echo "${UNICODES[*]}")
localized_suffix=${LOCALIZED_LANGSYS//,/-}

# pyftsubset with every option that matters spelled out
subset() {
  "$PYTHON" -m fontTools.subset "$1" \
    --output-file="$2" \
    --unicodes="$unicodes" \
    --layout-features='' \
    --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,DSIG,BASE,JSTF,MATH,meta \
    --no-hinting \
    --no-glyph-names \
    --notdef-outline \
    --no-recommended-glyphs \
    --name-IDs='*' \
    --name-languages=0x0409 \
    --no-name-legacy \
    --no-legacy-cmap \
    --no-symbol-cmap \
    --prune-unicode-ranges \
    --no-recalc-bounds \
    --no-recalc-timestamp \
    --no-recalc-average-width \
    --no-canonical-order \
    --no-retain-gids
}

# BriefingSerif-Italic.ttf -> BriefingSerif-Italic-SRB-MKD.ttf
localized_name() { echo "${1%.ttf}-$localized_suffix.ttf"; }
is_localized() { [[ "|$LOCALIZED_STYLES|" == *"|$1|"* ]]; }

# ---- 2. build each font ----------------------------------------------------
echo "building:"
for spec in "${FONTS[@]}"; do
  IFS='|' read -r out family style lib noto <<<"$spec"
  # 2a. graft ₸ ₽ U+FFFD from Noto, rename (Reserved Font Name), keep timestamps
  "$PYTHON" "$HERE/prepare-base.py" "$LIB_DIR/$lib" "$NOTO_DIR/$noto" \
    "$TMP/$out" "$family" "$style"
  # 2b. subset
  subset "$TMP/$out" "$TMP/out/$out"
  # 2c. structural checks against the Liberation source
  "$PYTHON" "$HERE/verify-build.py" "$TMP/out/$out" "$LIB_DIR/$lib"
  # 2d. the same face with localized forms, from the same prepared base
  if is_localized "$style"; then
    local_out=$(localized_name "$out")
    code_points=$("$PYTHON" "$HERE/bake-locl.py" "$TMP/$out" "$NOTO_DIR/$noto" "$LOCALIZED_LANGSYS" \
      "$TMP/$local_out")
    subset "$TMP/$local_out" "$TMP/out/$local_out"
    "$PYTHON" "$HERE/verify-build.py" "$TMP/out/$local_out" "$LIB_DIR/$lib" "$code_points"
  fi
done

# ---- 3. licence texts, taken from the Debian copyright files ---------------
"$PYTHON" - "$LIB_COPYRIGHT" "$NOTO_COPYRIGHT" "$TMP/out" <<'PY'
import sys
lib_copyright, noto_copyright, outdir = sys.argv[1:]

def stanzas(path):
    text = open(path, encoding="utf-8").read()
    return [s for s in text.split("\n\n") if s.strip()]

def fields(stanza):
    """Debian copyright-format stanza -> {field: (first line, [continuation lines])}"""
    out, cur = {}, None
    for line in stanza.splitlines():
        if line[:1] in (" ", "\t") and cur:
            body = line[1:]
            out[cur][1].append("" if body.strip() == "." else body)
        elif ":" in line:
            cur, value = line.split(":", 1)
            out[cur] = (value.strip(), [])
    return out

def write(name, header, copyright_lines, grant, licence_lines):
    body = "\n".join(licence_lines).rstrip() + "\n"
    with open(f"{outdir}/{name}", "w", encoding="utf-8") as fh:
        fh.write(header + "\n\n")
        fh.write("\n".join(l.strip() for l in copyright_lines if l.strip()) + "\n\n")
        if grant:
            fh.write(grant + "\n\n")
        fh.write(body)

# Liberation: the "Files: *" stanza holds copyright (with the Reserved Font
# Names) and the whole licence text.
lib = next(fields(s) for s in stanzas(lib_copyright) if s.startswith("Files: *"))
lic = [l.replace("substituting ? in part or in whole ?",
                 "substituting -- in part or in whole --") for l in lib["License"][1]]
write("LICENSE-Liberation.txt",
      "Licence of Liberation Serif / Liberation Sans 2.x (Debian package\n"
      "fonts-liberation2, file " + lib_copyright + "),\n"
      "the base of Briefing Serif and Briefing Sans.",
      lib["Copyright"][1], None, lic)

# Noto: copyright in "Files: *", licence text in the stand-alone
# "License: OFL-1.1" stanza.
all_ = [fields(s) for s in stanzas(noto_copyright)]
files = next(f for f in all_ if f.get("Files", ("",))[0] == "*")
ofl = next(f for f in all_ if "Files" not in f and f.get("License", ("",))[0] == "OFL-1.1")
write("LICENSE-Noto.txt",
      "Licence of Noto Serif / Noto Sans (Debian package fonts-noto-core,\n"
      "file " + noto_copyright + "), source of the tenge (U+20B8),\n"
      "ruble (U+20BD) and replacement-character (U+FFFD) glyphs in Briefing\n"
      "Serif and Briefing Sans.",
      [files["Copyright"][0]] + files["Copyright"][1],
      " ".join(l.strip() for l in files["License-Grant"][1]),
      ["SIL OPEN FONT LICENSE Version 1.1", ""] + ofl["License"][1])
PY

# ---- 4. fonts.properties ---------------------------------------------------
{
  echo "# Generated by build-fonts.sh - file names are relative to this folder."
  echo "# weight/style: regular=400 normal, bold=700 normal, italic=400 italic, bolditalic=700 italic"
  echo "serif.family=$SERIF_FAMILY"
  echo "serif.regular=BriefingSerif-Regular.ttf"
  echo "serif.bold=BriefingSerif-Bold.ttf"
  echo "serif.italic=BriefingSerif-Italic.ttf"
  echo "serif.bolditalic=BriefingSerif-BoldItalic.ttf"
  echo "sans.family=$SANS_FAMILY"
  echo "sans.regular=BriefingSans-Regular.ttf"
  echo "sans.bold=BriefingSans-Bold.ttf"
  echo "sans.italic=BriefingSans-Italic.ttf"
  echo "sans.bolditalic=BriefingSans-BoldItalic.ttf"
  echo "docx.serif=$DOCX_SERIF"
  echo "docx.sans=$DOCX_SANS"
  echo "# faces with localized forms: <face>.<OpenType language system>, used instead of <face>"
  echo "# for editions in that language (SRB: Serbian, MKD: Macedonian)"
  for spec in "${FONTS[@]}"; do
    IFS='|' read -r out family style _ <<<"$spec"
    if is_localized "$style"; then
      kind=$([[ $family == "$SERIF_FAMILY" ]] && echo serif || echo sans)
      key=$kind.$(echo "${style// /}" | tr '[:upper:]' '[:lower:]')
      for langsys in ${LOCALIZED_LANGSYS//,/ }; do
        echo "$key.$langsys=$(localized_name "$out")"
      done
    fi
  done
} >"$TMP/out/fonts.properties"

# ---- 5. install into the folder, record provenance, check coverage --------
for spec in "${FONTS[@]}"; do
  IFS='|' read -r out _ style _ <<<"$spec"
  install -m 0644 "$TMP/out/$out" "$HERE/$out"
  if is_localized "$style"; then
    install -m 0644 "$TMP/out/$(localized_name "$out")" "$HERE/"
  fi
done
install -m 0644 "$TMP/out/LICENSE-Liberation.txt" "$TMP/out/LICENSE-Noto.txt" \
  "$TMP/out/fonts.properties" "$HERE/"

(
  cd "$HERE"
  sha256sum BriefingSerif-*.ttf BriefingSans-*.ttf >SHA256SUMS
  {
    echo "Built by build-fonts.sh from:"
    echo "  fonts-liberation2 $V_LIB"
    echo "  fonts-noto-core   $V_NOTO"
    echo "  fontTools         $V_FT"
    echo "Source files (sha256):"
    for spec in "${FONTS[@]}"; do
      IFS='|' read -r _ _ _ lib noto <<<"$spec"
      echo "  $(sha256sum "$LIB_DIR/$lib")"
      echo "  $(sha256sum "$NOTO_DIR/$noto")"
    done
  } >build-info.txt
)

echo "coverage:"
"$PYTHON" "$HERE/check-coverage.py"

echo "output:"
(
  cd "$HERE"
  for f in BriefingSerif-*.ttf BriefingSans-*.ttf; do
    printf '  %-38s %7d bytes  %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
  done
)
