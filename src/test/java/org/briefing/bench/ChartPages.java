package org.briefing.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Renderer;

/**
 * Two one-page briefings for the warm benchmark: text only, and the same page with a bar and a
 * line chart, so that what a chart costs each format is read as the difference.
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

    static Briefing textOnly(Renderer renderer) throws Exception {
        return load(renderer, PAGE.formatted(""));
    }

    static Briefing twoCharts(Renderer renderer) throws Exception {
        return load(renderer, PAGE.formatted(CHARTS));
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
