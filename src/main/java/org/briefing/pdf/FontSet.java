package org.briefing.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.briefing.files.Sha256;

/**
 * The bundled fonts ({@code fonts/} in the repository, {@code briefing-fonts/} in the jar), read
 * once: a serif and a sans family in four styles each, described by {@code fonts.properties},
 * and faces with a language's localized forms ({@code serif.italic.SRB}) that replace a style for
 * that language's editions. Templates name them by the logical families {@link #SERIF} and
 * {@link #SANS}. Immutable and thread-safe.
 */
public final class FontSet {
    public static final String SERIF = "Briefing Serif";
    public static final String SANS = "Briefing Sans";
    private static final String PREFIX = "briefing-fonts/";
    private static final String[] STYLES = {"regular", "bold", "italic", "bolditalic"};

    /** One font file of the set. */
    public record Face(String family, String file, int weight, FontStyle style, byte[] data) {
        /** Whether this face takes {@code other}'s place: same family, weight and style. */
        boolean replaces(Face other) {
            return family.equals(other.family) && weight == other.weight && style == other.style;
        }
    }

    private final List<Face> faces;
    /** By OpenType language system: faces that replace the face of the same family, weight and style. */
    private final Map<String, List<Face>> localized;
    private final Properties properties;
    private final BitSet drawable;
    /** Made on first use: only batch runs need it, and hashing the fonts is start-up time for every run. */
    private volatile String fingerprint;

    private FontSet(Properties properties, List<Face> faces, Map<String, List<Face>> localized) {
        this.properties = properties;
        this.faces = List.copyOf(faces);
        this.localized = Map.copyOf(localized);
        this.drawable = commonCoverage(allFaces());
    }

    /** The fonts shipped with the tool, read on first use. */
    public static FontSet bundled() {
        FontSet set = bundled;
        if (set == null) {
            synchronized (FontSet.class) {
                // not a class initialiser: a failure would reach later callers without its message
                if (bundled == null) {
                    bundled = load();
                }
                set = bundled;
            }
        }
        return set;
    }

    private static volatile FontSet bundled;

    /** The bundled fonts read anew, with nothing measured yet; {@link #bundled()} reads them once. */
    static FontSet load() {
        Properties properties = new Properties();
        properties.putAll(readProperties(resource("fonts.properties")));
        List<Face> faces = new ArrayList<>();
        Map<String, List<Face>> localized = new TreeMap<>();
        Map<String, Face> byFile = new HashMap<>(); // one face per file: SRB and MKD share theirs
        for (String kind : new String[] {"serif", "sans"}) {
            String family = kind.equals("serif") ? SERIF : SANS;
            for (String style : STYLES) {
                String key = kind + "." + style;
                int weight = style.startsWith("bold") ? 700 : 400;
                FontStyle fontStyle = style.endsWith("italic") ? FontStyle.ITALIC : FontStyle.NORMAL;
                String file = required(properties, key);
                faces.add(new Face(family, file, weight, fontStyle, resource(file)));
                for (String localizedKey : properties.stringPropertyNames()) {
                    if (localizedKey.startsWith(key + ".")) {
                        Face face = byFile.computeIfAbsent(required(properties, localizedKey),
                                name -> new Face(family, name, weight, fontStyle, resource(name)));
                        localized.computeIfAbsent(localizedKey.substring(key.length() + 1), system -> new ArrayList<>())
                                .add(face);
                    }
                }
            }
        }
        return new FontSet(properties, faces, localized);
    }

    public List<Face> faces() {
        return faces;
    }

    /**
     * The faces an edition in {@code language} (BCP 47) is set in: the set's, each replaced by
     * the face with the language's localized forms where there is one (Serbian and Macedonian
     * italics).
     */
    public List<Face> faces(String language) {
        List<Face> replacements = localized.getOrDefault(OpenTypeLanguage.of(language), List.of());
        return faces.stream().map(face -> replacements.stream().filter(r -> r.replaces(face)).findFirst().orElse(face))
                .toList();
    }

    /** Every face, localized ones included. */
    private List<Face> allFaces() {
        List<Face> all = new ArrayList<>(faces);
        localized.values().stream().flatMap(List::stream).distinct().forEach(all::add);
        return all;
    }

    /** Whether every face of the set can draw {@code codePoint}: text in any style will show it. */
    public boolean canDraw(int codePoint) {
        return drawable.get(codePoint);
    }

    /** The font family staff machines have that matches {@code SERIF} or {@code SANS} in metrics. */
    public String officeFamily(String logicalFamily) {
        return properties.getProperty(logicalFamily.equals(SERIF) ? "docx.serif" : "docx.sans");
    }

    /**
     * For each logical family, the families under which a machine may have the same or a
     * metric-compatible font installed: the bundled family's own name, the office font, and
     * Liberation, which the bundled fonts are made from and Linux desktops have.
     */
    public java.util.Map<String, List<String>> localNames() {
        java.util.Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        names.put(SERIF, List.of(properties.getProperty("serif.family", SERIF), officeFamily(SERIF),
                "Liberation Serif"));
        names.put(SANS, List.of(properties.getProperty("sans.family", SANS), officeFamily(SANS), "Liberation Sans"));
        return names;
    }

    /** SHA-256 over every font file: changes when a font changes. */
    public String fingerprint() {
        String hash = fingerprint;
        if (hash == null) {
            hash = fingerprint(allFaces()); // the same for every thread that races here
            fingerprint = hash;
        }
        return hash;
    }

    /** The SHA-256 of each font file of the set by name: what a batch manifest records. */
    public Map<String, String> fileHashes() {
        Map<String, String> hashes = new java.util.TreeMap<>();
        faces.forEach(face -> hashes.put(face.file(), Sha256.of(face.data())));
        return hashes;
    }

    /**
     * The fonts of an edition in {@code language} for one PDF document, embedded as subsets: each
     * face is loaded into {@code document} when a layout first asks for it, and every renderer of
     * the document (each layout {@link Pagination} tries) shares that load. Each thread parses the
     * font files once and keeps them: parsing is a large part of a short document's cost, and a
     * parsed font is not safe to share between threads (glyphs are read on demand).
     */
    DocumentFonts forDocument(PDDocument document, String language) {
        Map<Face, TrueTypeFont> parsed = PARSED_PER_THREAD.get();
        List<Face> faces = faces(language);
        List<LazyFont> loaded = faces.stream()
                .map(face -> new LazyFont(document, () -> parsed.computeIfAbsent(face, FontSet::parse))).toList();
        return new DocumentFonts(faces, loaded, metrics.computeIfAbsent(faces, set -> new FontMetricsCache()));
    }

    /** The fonts of one PDF document, for each renderer laying it out. */
    static final class DocumentFonts {
        private final List<Face> faces;
        private final List<LazyFont> loaded;
        private final FontMetricsCache metrics;

        private DocumentFonts(List<Face> faces, List<LazyFont> loaded, FontMetricsCache metrics) {
            this.faces = faces;
            this.loaded = loaded;
            this.metrics = metrics;
        }

        void registerOn(PdfRendererBuilder builder) {
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            for (int i = 0; i < faces.size(); i++) {
                Face face = faces.get(i);
                builder.useFont(loaded.get(i), face.family(), face.weight(), face.style(), true);
                if (face.family().equals(SERIF)) {
                    // the fallback for text whose stylesheet names no font of the set (or that has no
                    // stylesheet): a PDF/A has no unembedded built-in font to fall back on, and would
                    // silently drop that text. Parsed only when some text needs it.
                    builder.useFont(() -> new java.io.ByteArrayInputStream(face.data()), face.family(),
                            face.weight(), face.style(), true, java.util.EnumSet.of(FSFontUseCase.FALLBACK_PRE));
                }
            }
        }
    }

    /** Font metrics by the faces they were measured in: the same for every document set in them. */
    private final Map<List<Face>, FontMetricsCache> metrics = new java.util.concurrent.ConcurrentHashMap<>();

    private static final ThreadLocal<Map<Face, TrueTypeFont>> PARSED_PER_THREAD =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static TrueTypeFont parse(Face face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + face.file() + " cannot be read", e);
        }
    }

    /** Loads the font into the document only when the layout first asks for it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final java.util.function.Supplier<TrueTypeFont> font;
        private PDFont loaded;

        LazyFont(PDDocument document, java.util.function.Supplier<TrueTypeFont> font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font.get(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    private static BitSet commonCoverage(List<Face> faces) {
        BitSet common = null;
        for (Face face : faces) {
            BitSet covered = new BitSet();
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()))) {
                // walk the font's glyphs, not all of Unicode: a few hundred look-ups instead of 200,000
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null) {
                        codes.stream().filter(code -> code >= 0x20).forEach(covered::set);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font " + face.file() + " cannot be read", e);
            }
            if (common == null) {
                common = covered;
            } else {
                common.and(covered);
            }
        }
        if (common == null) {
            return new BitSet();
        }
        // Control and format characters have (empty) glyphs in the fonts but draw nothing: a
        // bidi override would silently reorder nothing in print yet change what a search finds.
        for (int codePoint = common.nextSetBit(0); codePoint >= 0; codePoint = common.nextSetBit(codePoint + 1)) {
            int type = Character.getType(codePoint);
            if ((type == Character.CONTROL || type == Character.FORMAT) && !KEPT_FORMAT.contains(codePoint)) {
                common.clear(codePoint);
            }
        }
        // kept whether or not the fonts map them: they draw nothing, so they need no glyph
        KEPT_FORMAT.forEach(common::set);
        return common;
    }

    /** Invisible characters that do a job in text: soft hyphen, zero-width (non-)joiner, word joiner. */
    private static final java.util.Set<Integer> KEPT_FORMAT = java.util.Set.of(0x00AD, 0x200C, 0x200D, 0x2060);

    private static String fingerprint(List<Face> faces) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Face face : faces) {
                sha.update(face.file().getBytes(StandardCharsets.UTF_8));
                sha.update(face.data());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font resource missing: " + PREFIX + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readProperties(byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("fonts.properties: no " + key);
        }
        return value.strip();
    }
}
