package org.briefing.html;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.briefing.files.Printable;
import org.briefing.model.LinkAddress;
import org.briefing.typeset.XhtmlTypesetting;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Merges an {@link EditionView} with the template set's {@code briefing.html} (Thymeleaf, XML
 * mode, so the result is always well-formed XHTML) and parses the result into a DOM with DTDs and
 * external entities off. The XHTML is the one document that PDF, DOCX and HTML are written from.
 * Thread-safe: set up once, reuse.
 */
public final class XhtmlRenderer {
    private final TemplateSet templates;
    private final Messages messages;
    private final TemplateEngine engine;

    /** One renderer per bundled template set: its engine is costly to set up and gets faster with use. */
    private static final Map<TemplateSet, XhtmlRenderer> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A renderer of {@code templates}: the same one each time for a bundled set (whose files do
     * not change), a new one for a folder (whose files are read again, edits and all).
     */
    public static XhtmlRenderer of(TemplateSet templates) {
        return templates.isBundled() ? BUNDLED.computeIfAbsent(templates, XhtmlRenderer::new)
                : new XhtmlRenderer(templates);
    }

    public XhtmlRenderer(TemplateSet templates) {
        this.templates = templates;
        this.messages = new Messages(templates);
        var resolver = templates.newResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver(messages));
    }

    public TemplateSet templates() {
        return templates;
    }

    public Messages messages() {
        return messages;
    }

    /** The edition as XHTML text. */
    public String renderText(EditionView edition) {
        return process(TemplateSet.MAIN, edition, Map.of("e", edition));
    }

    /**
     * Two editions side by side, by the {@code parallel} template: {@code ${a}} and {@code ${b}}
     * are the editions, {@code ${e}} is {@code a} until the template rebinds it ({@code th:with})
     * to take labels ({@code #{...}}) in the other language.
     */
    public Document renderParallel(EditionView a, EditionView b) {
        if (templates.read(TemplateSet.PARALLEL + ".html").isEmpty()) {
            throw new TemplateException(templates.describe() + " has no " + TemplateSet.PARALLEL + ".html: a "
                    + "bilingual edition needs one (start from the bundled templates/" + TemplateSet.PARALLEL
                    + ".html)");
        }
        return finish(parse(process(TemplateSet.PARALLEL, a, Map.of("e", a, "a", a, "b", b))), a);
    }

    private String process(String template, EditionView edition, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag(edition.language()), variables);
        try {
            return engine.process(template, context);
        } catch (TemplateProcessingException e) {
            throw new TemplateException(templates.describe() + "/" + template + ".html"
                    + (e.getLine() == null ? "" : ":" + e.getLine() + ":" + e.getCol()) + ": "
                    + rootMessage(e));
        }
    }

    /**
     * The edition as a DOM, ready for the PDF, DOCX and HTML writers. Every link's address is
     * made a URI here, once for all formats, whatever the template passed: models hold addresses
     * as a browser takes them ('|', Cyrillic letters), and a PDF's link must be 7-bit ASCII (the
     * layout engine silently drops one that is not a URI) and a DOCX's a URI. Its text is
     * typeset ({@link XhtmlTypesetting}), also once for all formats.
     */
    public Document render(EditionView edition) {
        return finish(parse(renderText(edition)), edition);
    }

    private Document finish(Document xhtml, EditionView edition) {
        requireStylesheets(xhtml);
        PictureSources.apply(xhtml, templates, edition.pictures());
        ChartSources.apply(xhtml, templates);
        InlineMarkupPass.apply(xhtml);
        NotesPass.apply(xhtml, java.util.Objects.requireNonNullElse(
                messages.get(edition.language(), "note.reference"), "Note {0}"));
        XhtmlTypesetting.apply(xhtml);
        NodeList anchors = xhtml.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element anchor = (Element) anchors.item(i);
            if (anchor.hasAttribute("href")) {
                anchor.setAttribute("href", LinkAddress.uri(anchor.getAttribute("href")));
            }
        }
        return xhtml;
    }

    /**
     * Every {@code <link rel="stylesheet">} must name a file of the template set. The PDF would
     * otherwise be laid out without it (without its fonts, even without any text) and the DOCX
     * refuse it: one verdict here, for every format.
     */
    private void requireStylesheets(Document xhtml) {
        NodeList links = xhtml.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getAttribute("rel").strip().equalsIgnoreCase("stylesheet")
                    && templates.read(link.getAttribute("href").strip()).isEmpty()) {
                throw new TemplateException(templates.describe() + "/" + TemplateSet.MAIN + ".html:"
                        + " <link rel=\"stylesheet\" href=\"" + Printable.text(link.getAttribute("href")) + "\">: no such file in the template"
                        + " folder (stylesheets are read from there only)");
            }
        }
    }

    static Document parse(String xhtml) {
        DocumentBuilder builder = PARSER.get();
        try {
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new TemplateException("template output is not well-formed XHTML at line " + e.getLineNumber()
                    + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new TemplateException("template output cannot be read: " + e.getMessage());
        } finally {
            builder.reset();
        }
    }

    /** A parser per thread, reset after each use: making one took nearly half as long as parsing an edition. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            return SecureXml.factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser without secure processing", e);
        }
    });

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.replaceAll("\\s+", " ");
    }

    /** Thymeleaf's {@code #{key}} from the template set's bundles; parameters as {0}, {1}. */
    private static final class BundleMessageResolver extends AbstractMessageResolver {
        private final Messages messages;

        BundleMessageResolver(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            String language = String.valueOf(context.getVariable("e") instanceof EditionView e
                    ? e.language() : context.getLocale().toLanguageTag());
            String value = messages.get(language, key);
            if (value == null) {
                return null;
            }
            return parameters == null || parameters.length == 0 ? value
                    : new MessageFormat(value.replace("'", "''"), context.getLocale()).format(parameters);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] parameters) {
            throw new TemplateException("no label '" + key + "' in messages_en.properties");
        }
    }
}
