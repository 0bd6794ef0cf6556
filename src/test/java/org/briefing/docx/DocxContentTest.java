package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.html.EditionView;
import org.briefing.markup.InlineMarkup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model text of every sample edition comes back out of the DOCX, in the style it belongs to. */
class DocxContentTest {
    /** Paragraphs as printed: the words, without the inline syntax. */
    private static List<String> plain(List<String> paragraphs) {
        return paragraphs.stream().map(InlineMarkup::plain).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void titleBlockIsInKickerSubtitleTitleAndMetaStyles(Editions.Edition edition) throws Exception {
        EditionView e = edition.view();
        try (XWPFDocument docx = edition.open()) {
            assertThat(Editions.textsIn(docx, "Kicker")).containsExactly(edition.label("label.briefing"));
            assertThat(Editions.textsIn(docx, "Subtitle")).containsExactly(e.countryName().line());
            assertThat(Editions.textsIn(docx, "Title")).containsExactly(e.title().line());
            String meta = String.join("\n", Editions.textsIn(docx, "Briefing Meta"));
            assertThat(meta).contains(edition.label("label.date"), e.date());
            assertThat(Editions.runsIn(docx, "Meta Label")).contains(edition.label("label.date"));
            List<String> labels = new ArrayList<>(List.of(edition.label("label.date")));
            if (e.classification() != null) {
                // said once in the body too, for screen readers, which do not read the header
                assertThat(meta).contains(edition.label("label.classification") + " " + e.classification().line());
                labels.add(edition.label("label.classification"));
            }
            if (e.source() != null) {
                labels.add(edition.label("label.source"));
            }
            assertThat(Editions.runsIn(docx, "Meta Label")).containsExactlyElementsOf(labels);
            if (e.source() != null) {
                Stream.of(e.source().title(), e.source().publisher(), e.source().url())
                        .filter(s -> s != null).forEach(s -> assertThat(meta).contains(s.line()));
                if (e.source().title() != null) {
                    // italic, or upright in quotation marks where the language sets titles so
                    String title = e.source().title().line();
                    boolean quoted = spaces(meta).matches("(?s).*[«„“]" + Pattern.quote(title) + ".*");
                    assertThat(Editions.runsIn(docx, "Emphasis", "Briefing Meta").stream().map(DocxContentTest::spaces)
                            .toList().contains(title)).as("italic title").isEqualTo(!quoted);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void summaryIsLeadAndBackgroundIsBodyText(Editions.Edition edition) throws Exception {
        EditionView e = edition.view();
        try (XWPFDocument docx = edition.open()) {
            assertThat(Editions.textsIn(docx, "Lead")).containsExactlyElementsOf(plain(e.summary()));
            assertThat(Editions.textsIn(docx, "Body Text")).containsExactlyElementsOf(
                    plain(e.background().stream().flatMap(item -> item.paragraphs().stream()).toList()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void sectionHeadingsAreHeading1(Editions.Edition edition) throws Exception {
        EditionView e = edition.view();
        List<String> expected = new ArrayList<>();
        if (!e.achievements().isEmpty()) {
            expected.add(edition.label("section.achievements"));
        }
        if (!e.quotes().isEmpty()) {
            expected.add(edition.label("section.quotes"));
        }
        if (!e.recommendations().isEmpty()) {
            expected.add(edition.label("section.recommendations"));
        }
        if (!e.background().isEmpty()) {
            expected.add(edition.label("section.background"));
        }
        if (!e.links().isEmpty()) {
            expected.add(edition.label("section.links"));
        }
        try (XWPFDocument docx = edition.open()) {
            assertThat(Editions.textsIn(docx, "heading 1")).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void achievementsAndLinksAreListBulletAndRecommendationsListNumber(Editions.Edition edition) throws Exception {
        EditionView e = edition.view();
        List<String> bullets = new ArrayList<>();
        List<String> continued = new ArrayList<>();
        e.achievements().forEach(item -> {
            bullets.add(InlineMarkup.plain(item.paragraphs().get(0)));
            continued.addAll(plain(item.paragraphs().subList(1, item.paragraphs().size())));
        });
        e.links().forEach(link -> bullets.add(link.label().plain() + "\n" + link.url()));
        List<String> numbered = new ArrayList<>();
        e.recommendations().forEach(item -> {
            numbered.add(InlineMarkup.plain(item.paragraphs().get(0)));
            continued.addAll(plain(item.paragraphs().subList(1, item.paragraphs().size())));
        });
        try (XWPFDocument docx = edition.open()) {
            assertThat(Editions.textsIn(docx, "List Bullet")).containsExactlyElementsOf(bullets);
            assertThat(Editions.textsIn(docx, "List Number")).containsExactlyElementsOf(numbered);
            assertThat(Editions.textsIn(docx, "List Continue")).containsExactlyInAnyOrderElementsOf(continued);
            if (!numbered.isEmpty()) {
                assertThat(numIds(docx, "List Number")).as("one numbered list").hasSize(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void quotesAreQuoteWithQuoteAttribution(Editions.Edition edition) throws Exception {
        EditionView e = edition.view();
        List<String> quoted = new ArrayList<>();
        List<String> attributions = new ArrayList<>();
        e.quotes().forEach(q -> {
            quoted.addAll(q.text().paragraphs());
            attributions.add(q.role() == null ? q.speaker().line() : q.speaker() + ", " + q.role());
        });
        try (XWPFDocument docx = edition.open()) {
            assertThat(Editions.textsIn(docx, "Quote")).containsExactlyElementsOf(quoted);
            assertThat(Editions.textsIn(docx, "Quote Attribution")).containsExactlyElementsOf(attributions);
            assertThat(Editions.runsIn(docx, "Strong", "Quote Attribution"))
                    .containsExactlyElementsOf(e.quotes().stream().map(q -> q.speaker().line()).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void linksAreRealHyperlinksInTheHyperlinkStyle(Editions.Edition edition) throws Exception {
        EditionView e = edition.view();
        try (XWPFDocument docx = edition.open()) {
            List<String> targets = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                for (var run : paragraph.getRuns()) {
                    if (run instanceof XWPFHyperlinkRun link) {
                        targets.add(link.getHyperlink(docx).getURL());
                        assertThat(docx.getStyles().getStyle(link.getStyle()).getName()).isEqualTo("Hyperlink");
                    }
                }
            }
            e.links().forEach(link -> assertThat(targets).contains(link.url().line()));
            assertThat(Editions.runsIn(docx, "Link URL"))
                    .containsExactlyElementsOf(e.links().stream().map(link -> link.url().line()).toList());
            if (e.source() != null && e.source().url() != null) {
                assertThat(targets).contains(e.source().url().line());
            }
            assertThat(docx.getPackagePart().getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"))
                    .allSatisfy(r -> assertThat(r.getTargetMode().name()).isEqualTo("EXTERNAL"));
        }
    }

    /** The distinct numbering instances of the paragraphs in {@code styleName}. */
    static Set<BigInteger> numIds(XWPFDocument docx, String styleName) {
        Set<BigInteger> ids = new HashSet<>();
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            if (styleName.equals(Editions.styleName(docx, paragraph))) {
                assertThat(paragraph.getNumID()).as("numbering of '%s'", paragraph.getText()).isNotNull();
                ids.add(paragraph.getNumID());
            }
        }
        return ids;
    }

    /** {@code text} with the typesetting pass's no-break spaces as the model's spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
