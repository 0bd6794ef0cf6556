package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML edition's {@code @font-face} rules name, for each weight and style, that face of each
 * installed family, never the regular face for the bold or italic one: browsers show a rule's face
 * as it is, so naming the regular face would take bold and italic out of the page.
 */
class LocalFontFacesTest {
    private static final Pattern RULE = Pattern.compile(
            "@font-face \\{ font-family: \"([^\"]+)\"; font-weight: (\\w+); font-style: (\\w+); src: ([^;]+); }");

    @Test
    void eachRuleNamesTheFaceOfItsWeightAndStyle() {
        String rules = LocalFontFaces.rules(Map.of("Briefing Serif", List.of("Briefing Serif", "Times New Roman",
                "Liberation Serif"), "Briefing Sans", List.of("Briefing Sans", "Arial", "Liberation Sans")));
        Matcher rule = RULE.matcher(rules);
        int count = 0;
        while (rule.find()) {
            count++;
            boolean bold = rule.group(2).equals("bold");
            boolean italic = rule.group(3).equals("italic");
            List<String> names = Pattern.compile("local\\(\"([^\"]+)\"\\)").matcher(rule.group(4)).results()
                    .map(m -> m.group(1)).toList();
            assertThat(names).as(rule.group()).isNotEmpty().allSatisfy(name -> {
                assertThat(name.contains("Bold")).as(name).isEqualTo(bold);
                assertThat(name.contains("Italic")).as(name).isEqualTo(italic);
            });
        }
        assertThat(count).isEqualTo(8);
    }

    @Test
    void officeFontsAreNamedAsWindowsAndMacOsNameThem() {
        assertThat(LocalFontFaces.names("Times New Roman", LocalFontFaces.Face.BOLD))
                .containsExactly("Times New Roman Bold", "TimesNewRomanPS-BoldMT");
        assertThat(LocalFontFaces.names("Times New Roman", LocalFontFaces.Face.REGULAR))
                .contains("Times New Roman", "TimesNewRomanPSMT");
        assertThat(LocalFontFaces.names("Arial", LocalFontFaces.Face.BOLD_ITALIC))
                .containsExactly("Arial Bold Italic", "Arial-BoldItalicMT");
        assertThat(LocalFontFaces.names("Liberation Serif", LocalFontFaces.Face.ITALIC))
                .containsExactly("Liberation Serif Italic", "LiberationSerif-Italic");
    }
}
