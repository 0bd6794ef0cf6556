package org.briefing.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.render.FailureText;
import org.briefing.render.Format;

/**
 * The preview's routes, and nothing else: no file is ever served from disk, and a path is matched
 * as the client sent it (still percent-encoded), so {@code ..} or an encoded slash matches no route.
 *
 * <pre>
 * GET /                  the shell page of the default language
 * GET /view/LANG         the shell page of LANG: language links, downloads, the edition in a frame
 * GET /edition/LANG      the HTML edition itself, as {@code render -f html} writes it
 * GET /pdf/LANG          the PDF, rendered now, as an attachment named ID.LANG.pdf
 * GET /docx/LANG         the DOCX, likewise
 * GET /generation        which load of the sources the server has
 * GET /changes?after=G[&amp;view=LANG]  the same once it is another than G, with LANG's shell fingerprint and
 *                        title (JSON): the shell asks, and hears of a save as soon as it is loaded
 * GET /preview.js, /preview.css   the shell's script and stylesheet
 * </pre>
 */
final class PreviewHandler implements HttpHandler {
    private static final Pattern LANGUAGE_ROUTE =
            Pattern.compile("/(?<kind>view|edition|pdf|docx)/(?<language>[A-Za-z0-9-]{1,35})");
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final Pattern CHANGES =
            Pattern.compile("after=(?<after>[a-z0-9.]{1,64})(&view=(?<view>[A-Za-z0-9-]{1,35}))?");
    /** How long a page's question waits for a change; browsers and proxies keep a request open that long. */
    static final Duration LONG_POLL = Duration.ofSeconds(25);

    private final LiveModel live;
    private final HostGuard hosts;
    private final Map<String, Reply> assets;

    PreviewHandler(LiveModel live, HostGuard hosts) {
        this.live = live;
        this.hosts = hosts;
        this.assets = Map.of(
                "/preview.js", asset("preview.js", "text/javascript; charset=utf-8"),
                "/preview.css", asset("preview.css", "text/css; charset=utf-8"));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            reply = answer(exchange);
        } catch (RuntimeException e) {
            reply = Reply.page(500, Pages.failure("The preview failed", FailureText.of(e), "/"));
        }
        try (exchange) {
            reply.send(exchange);
        }
    }

    private Reply answer(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return Reply.text(405, "only GET is supported\n").withHeader("Allow", "GET");
        }
        if (!hosts.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            return Reply.text(403, "this preview answers to localhost and IP addresses only\n");
        }
        if (!OriginGuard.accepts(exchange.getRequestHeaders())) {
            return Reply.text(403, "this preview answers its own pages only, not requests from other sites\n");
        }
        Snapshot snapshot = live.current();
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/")) {
            return snapshot.isReady() ? shell(snapshot, snapshot.briefing().defaultLanguage())
                    : Reply.page(200, Pages.problems(snapshot));
        }
        if (path.equals("/generation")) {
            return Reply.text(200, snapshot.generation());
        }
        if (path.equals("/changes")) {
            return changes(exchange.getRequestURI().getRawQuery(), snapshot);
        }
        if (assets.containsKey(path)) {
            return assets.get(path);
        }
        Matcher route = LANGUAGE_ROUTE.matcher(path);
        if (!route.matches()) {
            return notFound("There is no page " + path + " in this preview.");
        }
        if (!snapshot.isReady()) {
            // the shell shows the problems; the documents are unavailable until they are fixed
            return Reply.page(route.group("kind").equals("view") ? 200 : 503, Pages.problems(snapshot));
        }
        String language = route.group("language");
        if (!snapshot.hasLanguage(language)) {
            return notFound("The model has no '" + language + "' edition (it has "
                    + String.join(", ", snapshot.briefing().languages()) + ").");
        }
        return switch (route.group("kind")) {
            case "view" -> shell(snapshot, language);
            case "edition" -> edition(snapshot, language);
            case "pdf" -> download(snapshot, language, Format.PDF);
            default -> download(snapshot, language, Format.DOCX);
        };
    }

    /**
     * The load the server has, once it is another than the page's ({@code after=G}), or after
     * {@link #LONG_POLL}, when the page simply asks again: a page hears of a save the moment it
     * is loaded. With {@code view=LANG}, also the fingerprint and title of that language's shell,
     * so a page whose shell a save left as it was need only load its frame again.
     */
    private Reply changes(String query, Snapshot snapshot) {
        Matcher asked = query == null ? null : CHANGES.matcher(query);
        if (asked == null || !asked.matches()) {
            return Reply.text(400, "expected ?after=GENERATION[&view=LANG]\n");
        }
        Snapshot now;
        try {
            now = live.awaitOtherThan(asked.group("after"), LONG_POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
            now = live.current();
        }
        String view = asked.group("view");
        boolean shell = view != null && now.hasLanguage(view);
        String json = "{\"generation\":" + JsonText.quote(now.generation())
                + ",\"shell\":" + JsonText.quote(shell ? Pages.shellFingerprint(now, view) : "")
                + ",\"title\":" + JsonText.quote(shell ? now.title(view) : "") + "}";
        return new Reply(200, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Reply.NOTHING_POLICY, Map.of());
    }

    private static Reply shell(Snapshot snapshot, String language) {
        return Reply.page(200, Pages.shell(snapshot, language));
    }

    private static Reply edition(Snapshot snapshot, String language) {
        Snapshot.Edition edition = snapshot.edition(language);
        if (edition.failed()) {
            return Reply.page(500, Pages.failure("This edition cannot be rendered", edition.failure(),
                    Pages.shellPath(language)));
        }
        return new Reply(200, Reply.HTML, edition.html(), Reply.EDITION_POLICY, Map.of());
    }

    private static Reply download(Snapshot snapshot, String language, Format format) {
        byte[] document;
        try {
            document = snapshot.document(language, format);
        } catch (RuntimeException e) {
            // until the DOCX writer is in the build, the renderer refuses DOCX: say so, keep serving
            int status = e instanceof UnsupportedOperationException ? 501 : 500;
            return Reply.page(status, Pages.failure("The " + format.name() + " could not be made",
                    FailureText.of(e), Pages.shellPath(language)));
        }
        String name = snapshot.briefing().id() + "." + language + "." + format.extension();
        if (!SAFE_FILE_NAME.matcher(name).matches()) {
            // the loader checks id and languages; this keeps a header from ever carrying anything else
            throw new IllegalStateException("unexpected characters in the file name " + name);
        }
        return new Reply(200, contentType(format), document, Reply.NOTHING_POLICY,
                Map.of("Content-Disposition", "attachment; filename=\"" + name + "\""));
    }

    private static String contentType(Format format) {
        return switch (format) {
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case HTML -> Reply.HTML;
        };
    }

    private static Reply notFound(String message) {
        return Reply.page(404, Pages.failure("Not found", message, "/"));
    }

    private static Reply asset(String name, String contentType) {
        try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + PreviewHandler.class);
            }
            return new Reply(200, contentType, in.readAllBytes(), Reply.NOTHING_POLICY, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
