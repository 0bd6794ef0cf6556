package org.briefing.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

/**
 * Briefings for the warm benchmark: a short page of text; the same page with a bar and a line
 * chart, each with its data table, which take two pages; and the same page with text in the
 * charts' place, as many paragraphs as fill the same two pages. What the charts cost each format
 * is read as the difference from the text that would fill their pages.
 */
final class ChartPages {
    private static final String PAGE = """
            schema: briefing/1
            id: bench-page
            country: {code: KZ, name: {en: Republic of Kazakhstan, ru: Республика Казахстан}}
            languages: [en, ru]
            date: 2024-07-30
            title: {en: A page of numbers, ru: Страница чисел}
            summary: {en: A short summary of the page., ru: Краткое содержание страницы.}
            %s
            achievements:
              - {en: One achievement, ru: Одно достижение}
            quotes: []
            recommendations: []
            %s
            """;

    private static final String CHARTS = """
            charts:
              - kind: bar
                title: {en: Cases (illustrative), ru: Дела (условные данные)}
                categories: [2019, 2020, 2021, 2022, 2023]
                series:
                  - {name: {en: Investigations, ru: Расследования}, values: [84, 71, 96, 112, 127]}
                  - {name: {en: Prosecutions, ru: Преследования}, values: [52, 44, 63, 70, 81]}
                  - {name: {en: Convictions, ru: Приговоры}, values: [31, 27, 40, 46, 58]}
              - kind: line
                title: {en: Victims (illustrative), ru: Жертвы (условные данные)}
                categories: [2019, 2020, 2021, 2022, 2023]
                series:
                  - {name: {en: Identified, ru: Выявлено}, values: [1250, 980, 1340, 1515, 1720]}
                  - {name: {en: Assisted, ru: Получили помощь}, values: [860, 790, 1105, 1290, 1480]}
            """;

    private ChartPages() {
    }

    /** A paragraph of the text in the charts' place: three lines or so. */
    private static final String PARAGRAPH = "  - {en: 'Investigations rose from 84 in 2019 to 127 in 2023, while"
            + " prosecutions and convictions followed a year behind. Victims identified and assisted grew each year"
            + " after 2020 (paragraph %d).', ru: 'Расследований стало больше.'}\n";

    static Briefing textOnly(Renderer renderer) throws Exception {
        return load(renderer, PAGE.formatted("", ""));
    }

    static Briefing twoCharts(Renderer renderer) throws Exception {
        return load(renderer, PAGE.formatted(CHARTS, ""));
    }

    /** The page with as many paragraphs of text as fill the pages the charts take, and no more. */
    static Briefing textOnTheChartsPages(Renderer renderer) throws Exception {
        int pages = pages(renderer, twoCharts(renderer));
        Briefing filled = null;
        for (int paragraphs = 1; paragraphs < 200; paragraphs++) {
            StringBuilder background = new StringBuilder("background:\n");
            for (int i = 1; i <= paragraphs; i++) {
                background.append(PARAGRAPH.formatted(i));
            }
            Briefing candidate = load(renderer, PAGE.formatted("", background));
            if (pages(renderer, candidate) > pages) {
                return filled;
            }
            filled = candidate;
        }
        throw new IllegalStateException("200 paragraphs do not fill " + pages + " pages");
    }

    private static int pages(Renderer renderer, Briefing briefing) throws java.io.IOException {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(renderer.render(briefing, "en", Format.PDF, Paper.A4))) {
            return pdf.getNumberOfPages();
        }
    }

    private static Briefing load(Renderer renderer, String yaml) throws Exception {
        Path file = Files.createTempFile("bench-page", ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        try {
            return new ModelLoader(renderer.loadOptions()).load(file).briefing();
        } finally {
            Files.delete(file);
        }
    }
}
