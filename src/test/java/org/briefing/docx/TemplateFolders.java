package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.html.TemplateSet;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;

/** Template folders of a test's own: a body to try, with the bundled stylesheet and labels. */
final class TemplateFolders {
    private TemplateFolders() {
    }

    /**
     * A renderer for a template folder in {@code folder} whose body is {@code body}; the bundled
     * stylesheet unless the folder has one, and the bundled English, Russian and Kyrgyz labels.
     */
    static Renderer renderer(Path folder, String body) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("briefing.html"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org" th:lang="${e.language}">
                <head>
                  <title th:text="${e.title}">Title</title>
                  <meta name="date" th:content="${e.dateIso}"/>
                  <meta name="briefing-id" th:content="${e.id}"/>
                  <meta name="briefing-country" th:content="${e.countryCode}"/>
                  <link rel="stylesheet" href="briefing.css"/>
                </head>
                <body>
                """ + body + """
                </body>
                </html>
                """, StandardCharsets.UTF_8);
        if (!Files.exists(folder.resolve("briefing.css"))) {
            Files.write(folder.resolve("briefing.css"), TemplateSet.bundled().read("briefing.css").orElseThrow());
        }
        Files.createDirectories(folder.resolve("messages"));
        for (String language : new String[] {"en", "ru", "ky"}) {
            String bundle = "messages/messages_" + language + ".properties";
            Files.write(folder.resolve(bundle), TemplateSet.bundled().read(bundle).orElseThrow());
        }
        return new Renderer(TemplateSet.directory(folder), FontSet.bundled(), "test");
    }
}
