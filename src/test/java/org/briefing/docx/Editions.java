package org.briefing.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.briefing.ModelText;
import org.briefing.html.EditionView;
import org.briefing.html.Messages;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

/** The sample models, rendered once per test run, and ways to read the DOCX back the way Word would. */
final class Editions {
    static final Renderer RENDERER = Renderer.bundled("test");
    private static final Messages MESSAGES = new Messages(TemplateSet.bundled());
    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    /** One edition of a sample: the model, the language, and what the template saw. */
    record Edition(Path file, Briefing briefing, String language) {
        EditionView view() {
            return EditionView.of(briefing, language, MESSAGES, Paper.A4.cssSize());
        }

        String label(String key) {
            return MESSAGES.get(view().languageLabelsFrom(), key);
        }

        byte[] docx() {
            return RENDERED.computeIfAbsent(file + "#" + language,
                    key -> RENDERER.render(briefing, language, Format.DOCX, Paper.A4));
        }

        XWPFDocument open() {
            return Editions.open(docx());
        }

        @Override
        public String toString() {
            return file.getFileName() + " " + language;
        }
    }

    private Editions() {
    }

    /** Every edition of every model in samples/. */
    static Stream<Edition> all() {
        List<Edition> editions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Briefing briefing = load(file);
                briefing.languages().forEach(language -> editions.add(new Edition(file, briefing, language)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return editions.stream();
    }

    static Edition canonical(String language) {
        return new Edition(Path.of("samples/kyrgyzstan.yaml"), load(Path.of("samples/kyrgyzstan.yaml")), language);
    }

    static Briefing load(Path file) {
        try {
            return new ModelLoader(RENDERER.loadOptions()).load(file).briefing();
        } catch (ModelException e) {
            throw new IllegalStateException(file + " does not load: " + e.getMessage(), e);
        }
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Word name of the paragraph's style ("heading 1", "List Bullet"), or null without one. */
    static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        if (paragraph.getStyleID() == null) {
            return null;
        }
        XWPFStyle style = document.getStyles().getStyle(paragraph.getStyleID());
        return style == null ? "(undefined " + paragraph.getStyleID() + ")" : style.getName();
    }

    /**
     * The texts of the body's runs in the character style named {@code styleName}, in order;
     * neighbouring runs in it are one text.
     */
    static List<String> runsIn(XWPFDocument document, String styleName) {
        return runsIn(document, styleName, null);
    }

    /** {@link #runsIn(XWPFDocument, String)} of the paragraphs in the style named {@code paragraphStyle}. */
    static List<String> runsIn(XWPFDocument document, String styleName, String paragraphStyle) {
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (paragraphStyle != null && !paragraphStyle.equals(styleName(document, paragraph))) {
                continue;
            }
            StringBuilder current = null;
            for (var run : paragraph.getRuns()) {
                XWPFStyle style = run.getStyle().isEmpty() ? null : document.getStyles().getStyle(run.getStyle());
                if (style != null && style.getName().equals(styleName)) {
                    current = current == null ? new StringBuilder() : current;
                    current.append(run.text());
                } else if (current != null) {
                    texts.add(current.toString());
                    current = null;
                }
            }
            if (current != null) {
                texts.add(current.toString());
            }
        }
        return texts;
    }

    /**
     * The texts of the body paragraphs in the style named {@code styleName}, in order, as the
     * model holds them ({@link ModelText#plain}).
     */
    static List<String> textsIn(XWPFDocument document, String styleName) {
        return document.getParagraphs().stream()
                .filter(p -> styleName.equals(styleName(document, p)))
                .map(p -> ModelText.plain(withoutFootnotes(p.getText())))
                .toList();
    }

    /** A paragraph's text as POI gives it, without the footnote references and texts it adds. */
    static String withoutFootnotes(String text) {
        return text.replaceAll("\\[footnoteRef:\\d+]", "").replaceAll(" ?\\[\\d+: [^\\]]*] ?$", "");
    }
}
