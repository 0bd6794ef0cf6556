package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.docx.DocxParts.w;
import static org.briefing.docx.DocxParts.wAttr;

import java.nio.file.Path;
import java.util.List;
import org.briefing.TestModels;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * The DOCX names each edition's language as Word's language list does, so that Word picks the
 * right proofing tools: with the script for the languages Word lists in two (tg-Cyrl-TJ,
 * uz-Latn-UZ), without it for the others (mn-MN), and with the model's own region (en-GB).
 */
class WordLanguageTest {
    private static final Path MODELS = Path.of("src/test/resources/models");

    @ParameterizedTest(name = "{1} is {2}")
    @CsvSource({
        "tajikistan.yaml, tg, tg-Cyrl-TJ", "uzbekistan.yaml, uz-Latn, uz-Latn-UZ",
        "uzbekistan.yaml, uz-Cyrl, uz-Cyrl-UZ", "turkmenistan.yaml, tk, tk-TM", "mongolia.yaml, mn, mn-MN",
        "belarus.yaml, be, be-BY", "bulgaria.yaml, bg, bg-BG", "north-macedonia.yaml, mk, mk-MK",
        "azerbaijan.yaml, az, az-Latn-AZ"})
    void theRegionsLanguagesAreTaggedAsWordTagsThem(String model, String language, String wordTag) {
        assertTaggedThroughout(docx(Editions.load(MODELS.resolve(model)), language), wordTag);
    }

    @Test
    void theModelsRegionIsKept(@TempDir Path dir) throws Exception {
        String yaml = TestModels.VALID.replace("[en, ru, ky]", "[en-GB, nb-NO]")
                .replaceAll("\\{en: ([^,}]*), ru: [^,}]*, ky: ([^}]*)}", "{en-GB: $1, nb-NO: $2}");
        Briefing briefing = Editions.load(TestModels.write(dir, "m.yaml", yaml));
        assertThat(briefing.languages()).containsExactly("en-GB", "nb-NO");
        assertTaggedThroughout(docx(briefing, "en-GB"), "en-GB");
        Element defaults = w(DocxParts.part(docx(briefing, "nb-NO"), "word/styles.xml"), "rPrDefault").get(0);
        assertThat(wAttr(w(defaults, "lang").get(0), "val")).isEqualTo("nb-NO");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "en, en-US", "tg-TJ, tg-Cyrl-TJ", "tg-Cyrl, tg-Cyrl-TJ", "uz, uz-Latn-UZ", "uz-UZ, uz-Latn-UZ",
        "uz-Cyrl, uz-Cyrl-UZ", "az-AZ, az-Latn-AZ", "az-Cyrl, az-Cyrl-AZ", "sr, sr-Cyrl-RS",
        "sr-Cyrl, sr-Cyrl-RS", "sr-Latn, sr-Latn-RS", "sr-ME, sr-Latn-ME", "mn-Cyrl, mn-MN",
        "kk-Cyrl-KZ, kk-KZ", "ky, ky-KG", "nb, nb-NO", "de-AT, de-AT", "haw, haw"})
    void tagsAreWrittenAsWordWritesThem(String tag, String wordTag) {
        assertThat(WordLanguage.of(tag)).isEqualTo(wordTag);
    }

    private static byte[] docx(Briefing briefing, String language) {
        return Editions.RENDERER.render(briefing, language, Format.DOCX, Paper.A4);
    }

    /**
     * The default language of the styles, which no run of the body overrides, and the core
     * properties' language.
     */
    private static void assertTaggedThroughout(byte[] docx, String wordTag) {
        Element defaults = w(DocxParts.part(docx, "word/styles.xml"), "rPrDefault").get(0);
        assertThat(wAttr(w(defaults, "lang").get(0), "val")).isEqualTo(wordTag);
        List<Element> runs = w(DocxParts.part(docx, "word/document.xml"), "r");
        assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(w(run, "lang")).isEmpty());
        assertThat(new String(DocxParts.unzip(docx).get("docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<dc:language>" + wordTag + "</dc:language>");
    }
}
