package org.briefing.preview;

import static org.briefing.html.HtmlText.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.files.Sha256;
import org.briefing.load.Problem;
import org.briefing.render.Format;

/**
 * The preview's own pages: the shell around an edition (language links, downloads, the edition
 * in a frame, and the script that reloads it), the list of a model's problems, and failures.
 * The edition's HTML is never touched; it is shown in the frame as the HTML writer made it.
 * The paths built here are the routes {@link PreviewHandler} answers.
 */
final class Pages {
    private Pages() {
    }

    static String shellPath(String language) {
        return "/view/" + language;
    }

    static String editionPath(String language) {
        return "/edition/" + language;
    }

    static String downloadPath(Format format, String language) {
        return "/" + format.extension() + "/" + language;
    }

    /** A ready model's edition in {@code language}, with warnings above it. */
    static String shell(Snapshot snapshot, String language) {
        String title = snapshot.title(language);
        return page(snapshot.generation(), Map.of("view", language, "shell", shellFingerprint(snapshot, language)),
                title + " · briefing preview", shellBody(snapshot, language, title));
    }

    /**
     * What tells two shells of {@code language} apart, but for the edition in the frame and its
     * title: when a save leaves it as it was, a page need only load its frame again.
     */
    static String shellFingerprint(Snapshot snapshot, String language) {
        return fingerprint(shellBody(snapshot, language, ""));
    }

    private static String fingerprint(String body) {
        return Sha256.of(body.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String shellBody(Snapshot snapshot, String language, String title) {
        Snapshot.Edition edition = snapshot.edition(language);
        StringBuilder body = new StringBuilder();
        body.append("<header>\n<nav aria-label=\"Editions\">");
        for (String other : snapshot.briefing().languages()) {
            body.append("<a href=\"").append(escape(shellPath(other))).append("\" lang=\"").append(escape(other))
                    .append("\" title=\"").append(escape(other)).append('"')
                    .append(other.equals(language) ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(languageName(other))).append("</a>");
        }
        body.append("</nav>\n<nav aria-label=\"Downloads\">");
        for (Format format : List.of(Format.PDF, Format.DOCX)) {
            body.append("<a href=\"").append(escape(downloadPath(format, language))).append("\">")
                    .append(format.name()).append("</a>");
        }
        body.append("</nav>\n<span id=\"status\" role=\"status\"></span>\n</header>\n");
        List<String> warnings = new ArrayList<>();
        snapshot.problems().forEach(problem -> warnings.add(problem.format()));
        warnings.addAll(snapshot.renderWarnings(language));
        if (!warnings.isEmpty()) {
            body.append("<ul class=\"warnings\">");
            warnings.forEach(warning -> body.append("<li>").append(escape(warning)).append("</li>"));
            body.append("</ul>\n");
        }
        if (edition.failed()) {
            body.append("<main class=\"problems\">\n<h1>This edition cannot be rendered</h1>\n<p class=\"failure\">")
                    .append(escape(edition.failure()))
                    .append("</p>\n<p>Fix it and save: the preview comes back by itself.</p>\n</main>\n");
        } else {
            body.append("<iframe id=\"edition\" src=\"").append(escape(editionPath(language)))
                    .append("\" title=\"").append(escape(title)).append("\"></iframe>\n");
        }
        return body.toString();
    }

    /** A model that cannot be shown: every problem, one row each. */
    static String problems(Snapshot snapshot) {
        StringBuilder body = new StringBuilder();
        body.append("<header><span id=\"status\" role=\"status\"></span></header>\n<main class=\"problems\">\n")
                .append("<h1>The model cannot be shown</h1>\n")
                .append("<p>Fix the problems below and save: the preview comes back by itself.</p>\n")
                .append("<table>\n<thead><tr><th>File</th><th>Line</th><th>Column</th><th>Field</th><th>Message</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Problem problem : snapshot.problems()) {
            body.append("<tr class=\"").append(problem.isError() ? "error" : "warning").append("\"><td>")
                    .append(escape(String.valueOf(problem.file()))).append("</td><td>")
                    .append(problem.line() > 0 ? problem.line() : "").append("</td><td>")
                    .append(problem.column() > 0 ? problem.column() : "").append("</td><td>")
                    .append(escape(problem.path())).append("</td><td>")
                    .append(problem.isError() ? "" : "warning: ").append(escape(problem.message()))
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n</main>\n");
        return page(snapshot.generation(), Map.of(), "Problems · briefing preview", body.toString());
    }

    /** Something asked of the preview could not be done; a link leads back. */
    static String failure(String heading, String message, String back) {
        String body = "<main class=\"problems\">\n<h1>" + escape(heading) + "</h1>\n<p class=\"failure\">"
                + escape(message) + "</p>\n<p><a href=\"" + escape(back) + "\">Back to the preview</a></p>\n</main>\n";
        return page(null, Map.of(), heading + " · briefing preview", body);
    }

    /**
     * @param generation the load this page shows; the script reloads the page when it changes.
     *                   Null for pages that show no load and need no reloading.
     * @param data       more {@code data-} attributes for the script: the shell's language and fingerprint
     */
    private static String page(String generation, Map<String, String> data, String title, String body) {
        StringBuilder attributes = new StringBuilder();
        if (generation != null) {
            attributes.append(" data-generation=\"").append(escape(generation)).append('"');
        }
        new java.util.TreeMap<>(data).forEach((name, value) ->
                attributes.append(" data-").append(name).append("=\"").append(escape(value)).append('"'));
        return "<!DOCTYPE html>\n<html lang=\"en\"" + attributes + ">\n"
                + "<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/preview.css\">\n"
                + (generation == null ? "" : "<script src=\"/preview.js\" defer></script>\n")
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** A language by its own name ("русский"), or its code where Java knows no name for it. */
    static String languageName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayName(locale);
        if (name.isBlank() || name.equalsIgnoreCase(language)) {
            return language;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
