package org.briefing.docx;

/** Page size and margins in twentieths of a point (twips), Word's unit. */
public record PageSetup(int width, int height, int top, int right, int bottom, int left) {
    /** A4 with 20 mm margins: what a stylesheet without {@code @page} rules gets. */
    public static final PageSetup DEFAULT = new PageSetup(mm(210), mm(297), mm(20), mm(20), mm(20), mm(20));

    static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    PageSetup withSize(int newWidth, int newHeight) {
        return new PageSetup(newWidth, newHeight, top, right, bottom, left);
    }

    PageSetup withMargins(int newTop, int newRight, int newBottom, int newLeft) {
        return new PageSetup(width, height, newTop, newRight, newBottom, newLeft);
    }
}
