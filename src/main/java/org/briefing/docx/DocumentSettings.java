package org.briefing.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STCharacterSpacing;

/**
 * The settings part, as a current Word writes it. Without {@code compatibilityMode} 15 Word opens
 * a document in Compatibility Mode, lays it out as Word 2007 did and asks to convert it on every
 * save; the other compatibility settings are those Word 2013 and later write into every new
 * document. The theme fonts' language is the edition's, so Word does not fall back to the
 * machine's for text set in a theme font.
 */
final class DocumentSettings {
    private static final String WORD = "http://schemas.microsoft.com/office/word";
    /** Half an inch, Word's default tab stop. */
    private static final int DEFAULT_TAB_STOP = 720;

    private DocumentSettings() {
    }

    /** The settings of a document in {@code wordLanguage} (a tag of Word's language list). */
    static CTSettings of(String wordLanguage, boolean footnotes) {
        CTSettings settings = CTSettings.Factory.newInstance();
        // in the schema's order: zoom, defaultTabStop, characterSpacingControl, compat, themeFontLang
        settings.addNewZoom().setPercent(BigInteger.valueOf(100));
        settings.addNewDefaultTabStop().setVal(BigInteger.valueOf(DEFAULT_TAB_STOP));
        settings.addNewCharacterSpacingControl().setVal(STCharacterSpacing.DO_NOT_COMPRESS);
        if (footnotes) {
            // the separators Word draws above a page's footnotes (footnotes part, ids -1 and 0)
            var properties = settings.addNewFootnotePr();
            properties.addNewFootnote().setId(BigInteger.valueOf(-1));
            properties.addNewFootnote().setId(BigInteger.ZERO);
        }
        CTCompat compat = settings.addNewCompat();
        setting(compat, "compatibilityMode", "15");
        setting(compat, "overrideTableStyleFontSizeAndJustification", "1");
        setting(compat, "enableOpenTypeFeatures", "1");
        setting(compat, "doNotFlipMirrorIndents", "1");
        setting(compat, "differentiateMultirowTableHeaders", "1");
        settings.addNewThemeFontLang().setVal(wordLanguage);
        return settings;
    }

    private static void setting(CTCompat compat, String name, String value) {
        var setting = compat.addNewCompatSetting();
        setting.setName(name);
        setting.setUri(WORD);
        setting.setVal(value);
    }
}
