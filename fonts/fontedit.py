"""Font edits shared by the build steps (prepare-base.py, bake-locl.py).

Glyphs are added under new names and mapped from code points in every Unicode
cmap subtable; nothing else in the font changes, so every other advance width
stays exactly as it was. Names are set in the Windows and Macintosh records.
"""
import copy

from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen


def donor_outline(font, donor, donor_glyph, scale):
    """Another font's glyph as a glyph of FONT: decomposed, scaled by SCALE.

    Returns (glyph, advance width)."""
    glyphs = donor.getGlyphSet()
    rec = DecomposingRecordingPen(glyphs)
    glyphs[donor_glyph].draw(rec)
    pen = TTGlyphPen(None)
    rec.replay(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
    glyph = pen.glyph()
    glyph.recalcBounds(font["glyf"])
    return glyph, int(round(donor["hmtx"][donor_glyph][0] * scale))


def own_copy(font, glyph_name):
    """A copy of one of FONT's own glyphs, to be added under another name.

    Returns (glyph, advance width)."""
    return copy.deepcopy(font["glyf"][glyph_name]), font["hmtx"][glyph_name][0]


def add_glyph(font, name, glyph, advance):
    """Adds GLYPH to FONT as NAME, at the end of the glyph order."""
    order = list(font.getGlyphOrder())
    if name in order:
        raise ValueError("glyph name %s already used" % name)
    order.append(name)
    font.setGlyphOrder(order)
    glyf = font["glyf"]
    glyf.glyphOrder = order
    glyf.glyphs[name] = glyph
    font["hmtx"].metrics[name] = (advance, getattr(glyph, "xMin", 0))
    font["maxp"].numGlyphs = len(order)


def map_code_point(font, code_point, name):
    """Maps CODE_POINT to glyph NAME in every Unicode cmap subtable."""
    for table in font["cmap"].tables:
        if table.isUnicode() and table.format in (4, 12):
            table.cmap[code_point] = name


def set_names(font, names):
    """Replaces the name records of each name ID in NAMES (id -> text)."""
    table = font["name"]
    for nid, text in names.items():
        table.removeNames(nameID=nid)
        table.setName(text, nid, 3, 1, 0x409)
        table.setName(text, nid, 1, 0, 0)
