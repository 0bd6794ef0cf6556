package org.briefing.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering part: one abstract definition (the look) for bullets and one for numbers, a
 * numbering instance for each of the list styles, and a new instance for every list of the body
 * that restarts at 1, so the second numbered list does not continue from the first. Not
 * thread-safe: one per document.
 */
final class ListNumbering {
    /** Left indent of list text, and how far the bullet or number hangs into it, in twips. */
    static final int INDENT = 360;

    private static final int BULLETS = 0;
    private static final int NUMBERS = 1;

    private final CTNumbering numbering = CTNumbering.Factory.newInstance();
    private int lastNumId;

    /**
     * @param bulletLook  the bullet definition to use (a reference document's), or null for ours
     * @param numberLook  the number definition to use, or null for ours
     * @param bulletStyle style id of List Bullet, @param numberStyle style id of List Number
     */
    ListNumbering(CTAbstractNum bulletLook, CTAbstractNum numberLook, String bulletStyle, String numberStyle) {
        abstractNum(BULLETS, bulletLook != null ? bulletLook : look(false, bulletStyle));
        abstractNum(NUMBERS, numberLook != null ? numberLook : look(true, numberStyle));
        num(BULLETS, false);
        num(NUMBERS, false);
    }

    /** The instance the list style itself names: what a paragraph given the style in Word gets. */
    int styleNumId(boolean ordered) {
        return ordered ? 2 : 1;
    }

    /** A new instance for one list of the body, counting from 1. */
    int newList(boolean ordered) {
        return num(ordered ? NUMBERS : BULLETS, true);
    }

    CTNumbering numbering() {
        return numbering;
    }

    private void abstractNum(int id, CTAbstractNum look) {
        CTAbstractNum copy = numbering.addNewAbstractNum();
        copy.set(look);
        copy.setAbstractNumId(BigInteger.valueOf(id));
        // a copied definition must not stay linked to a numbering style of the house document
        if (copy.isSetNumStyleLink()) {
            copy.unsetNumStyleLink();
        }
        if (copy.isSetStyleLink()) {
            copy.unsetStyleLink();
        }
    }

    private int num(int abstractNumId, boolean restart) {
        CTNum num = numbering.addNewNum();
        num.setNumId(BigInteger.valueOf(++lastNumId));
        num.addNewAbstractNumId().setVal(BigInteger.valueOf(abstractNumId));
        if (restart) {
            var override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
        }
        return lastNumId;
    }

    /** Our look: one level, a bullet or "1." hanging in the indent, after briefing.css. */
    private static CTAbstractNum look(boolean ordered, String styleId) {
        CTAbstractNum look = CTAbstractNum.Factory.newInstance();
        CTLvl level = look.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
        level.addNewPStyle().setVal(styleId);
        level.addNewLvlText().setVal(ordered ? "%1." : "\u2022");
        level.addNewLvlJc().setVal(STJc.LEFT);
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(INDENT));
        indent.setHanging(BigInteger.valueOf(INDENT));
        return look;
    }
}
