package org.briefing.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.files.BoundedRead;
import org.briefing.files.FileTrees;
import org.briefing.files.Printable;
import org.briefing.files.Sha256;

/**
 * Where templates, their stylesheet and message bundles come from: the set bundled in the jar,
 * or a folder given with {@code --templates}. {@link #read} is the one way in: Thymeleaf (the
 * template and every fragment it inserts), the message bundles, and the PDF, DOCX and HTML
 * writers (stylesheets, images) all read through it, so nothing outside the set is ever read.
 * A folder named through a symbolic link is the folder it leads to; inside it, a file or folder
 * whose link leads out of it, and hidden files and folders ({@code .git}, an editor's swap
 * file), are not part of the set.
 */
public abstract class TemplateSet {
    /** The main template's name, without extension. */
    public static final String MAIN = "briefing";
    /** The bilingual review edition's template, without extension; a set may lack it. */
    public static final String PARALLEL = "parallel";
    /** A template, stylesheet or bundle is a few kilobytes; this only stops a mistake from filling memory. */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    /**
     * The templates shipped with the tool (the repository's {@code templates/} folder): one set
     * for the process, whose files are read once, since the jar does not change while it runs.
     */
    public static TemplateSet bundled() {
        return BundledHolder.SET;
    }

    /** Made on first use. */
    private static final class BundledHolder {
        static final TemplateSet SET = new Bundled(TemplateSet.class.getClassLoader());
    }

    /** Whether this is the set shipped with the tool: its files never change while the tool runs. */
    public boolean isBundled() {
        return this instanceof Bundled;
    }

    /** The bundled set as {@code loader} sees it (tests: the same set packed in a jar). */
    static TemplateSet bundled(ClassLoader loader) {
        return new Bundled(loader);
    }

    /** A folder with {@code briefing.html}, its stylesheet and {@code messages/}. */
    public static TemplateSet directory(Path folder) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException(Printable.name(folder) + ": not a template folder (cannot be read)");
        }
        if (!Files.isRegularFile(root.resolve(MAIN + ".html"))) {
            throw new IllegalArgumentException(Printable.name(folder) + ": not a template folder (no " + MAIN
                    + ".html in it)");
        }
        return new Directory(root);
    }

    /**
     * A file of the set by relative name ({@code briefing.css}, {@code messages/messages_ru.properties}),
     * or empty when the set has none by that name: a name that leaves the set ({@code ..}, an
     * absolute path, a URL) or is hidden names none.
     *
     * @throws TemplateException when the set has such a file but it cannot be used: a symbolic
     *                           link out of the folder, unreadable, or larger than a template can be
     */
    public abstract Optional<byte[]> read(String relativeName);

    /**
     * SHA-256 over every file of the set (relative name and content, in sorted name order):
     * changes whenever a template, stylesheet or message bundle is added, removed, renamed or
     * edited, so that batch runs know which documents to make again. What it covers is exactly
     * what {@link #read} can read.
     */
    public String fingerprint() {
        MessageDigest sha = Sha256.digest();
        for (Map.Entry<String, byte[]> file : contents().entrySet()) {
            byte[] nameBytes = file.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] content = file.getValue();
            // lengths first, so that no two different sets can feed the same byte stream
            sha.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(nameBytes.length).putLong(content.length).array());
            sha.update(nameBytes);
            sha.update(content);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of each file of the set by relative name, sorted: what a batch manifest records. */
    public Map<String, String> fileHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        contents().forEach((name, content) -> hashes.put(name, Sha256.of(content)));
        return hashes;
    }

    private Map<String, byte[]> contents() {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : fileNames()) {
            contents.put(name, read(name).orElseThrow(() -> new TemplateException(
                    describe() + ": " + Printable.text(name) + " went away while being read")));
        }
        return contents;
    }

    /** Relative names ({@code /}-separated) of every file in the set, sorted. */
    abstract List<String> fileNames();

    /** How Thymeleaf finds templates of this set: through {@link #read}, like everything else. */
    TemplateSetResolver newResolver() {
        return new TemplateSetResolver(this);
    }

    /** For messages: where the set lives. */
    public abstract String describe();

    /** A relative name that stays inside the set and is not hidden. */
    static boolean isSafeName(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.contains(":")
                && Arrays.stream(name.split("/")).noneMatch(part -> part.isEmpty() || part.startsWith("."));
    }

    /**
     * Relative names ({@code /}-separated) of the regular files under {@code folder} that are part
     * of a set: not hidden, and inside the folder however they are reached. Sorted.
     */
    static List<String> listFolder(Path folder) throws IOException {
        Path root = folder.toRealPath();
        List<String> names = new ArrayList<>();
        for (Path file : FileTrees.files(root, dir -> !FileTrees.isHidden(dir) && isInside(root, dir),
                (file, attributes) -> attributes.isRegularFile() && !FileTrees.isHidden(file))) {
            names.add(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
        }
        Collections.sort(names);
        return names;
    }

    /** Whether {@code path}, links resolved, is inside {@code root} (a real path). */
    static boolean isInside(Path root, Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static final class Bundled extends TemplateSet {
        static final String PREFIX = "briefing-templates/";

        private final ClassLoader loader;
        /** The jar does not change while the tool runs: each file is read once (every document asks). */
        private final Map<String, Optional<byte[]>> cache = new java.util.concurrent.ConcurrentHashMap<>();

        Bundled(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public Optional<byte[]> read(String name) {
            if (!isSafeName(name)) {
                return Optional.empty();
            }
            return cache.computeIfAbsent(name, this::load).map(byte[]::clone);
        }

        private Optional<byte[]> load(String name) {
            try (InputStream in = loader.getResourceAsStream(PREFIX + name)) {
                return in == null ? Optional.empty() : Optional.of(BoundedRead.of(in, MAX_FILE_BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Lists the bundled folder where the class path has it, found through its main template:
         * a folder (running from target/classes) or a jar. Listing instead of keeping an index
         * means a file added to templates/ can never be left out of the fingerprint.
         */
        @Override
        List<String> fileNames() {
            URL main = loader.getResource(PREFIX + MAIN + ".html");
            if (main == null) {
                throw new IllegalStateException("bundled templates missing: " + PREFIX + MAIN + ".html");
            }
            try {
                if (main.getProtocol().equals("file")) {
                    return listFolder(Path.of(main.toURI()).getParent());
                }
                if (main.getProtocol().equals("jar")) {
                    return listJar((JarURLConnection) main.openConnection());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("cannot list the bundled templates at " + main);
        }

        private static List<String> listJar(JarURLConnection connection) throws IOException {
            connection.setUseCaches(false); // our own handle, closed here, not the class loader's
            try (var jar = connection.getJarFile()) {
                List<String> names = new ArrayList<>();
                jar.stream().filter(entry -> !entry.isDirectory() && entry.getName().startsWith(PREFIX))
                        .map(entry -> entry.getName().substring(PREFIX.length()))
                        .filter(TemplateSet::isSafeName).forEach(names::add);
                Collections.sort(names);
                return names;
            }
        }

        @Override
        public String describe() {
            return "bundled templates";
        }
    }

    private static final class Directory extends TemplateSet {
        /** Real path: links on the way to the folder are resolved once, when the set is made. */
        final Path root;

        Directory(Path root) {
            this.root = root;
        }

        @Override
        public Optional<byte[]> read(String name) {
            if (!isSafeName(name)) {
                return Optional.empty();
            }
            Path file = root.resolve(name);
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Path real = file.toRealPath();
                if (!real.startsWith(root)) {
                    throw refused(name, "a symbolic link out of the template folder; templates are read from the"
                            + " folder only");
                }
                if (!attributes.isRegularFile()) {
                    return Optional.empty(); // a folder, say: no file by that name
                }
                // the real path, opened without following a link: a link swapped in now is not followed
                try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.of(BoundedRead.of(in, MAX_FILE_BYTES));
                }
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (BoundedRead.TooLargeException e) {
                throw refused(name, "larger than a template can be (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw refused(name, "cannot be read (" + Printable.text(String.valueOf(e.getMessage())) + ")");
            }
        }

        private TemplateException refused(String name, String why) {
            return new TemplateException(describe() + "/" + Printable.text(name) + ": " + why);
        }

        @Override
        List<String> fileNames() {
            try {
                return listFolder(root);
            } catch (IOException e) {
                throw new TemplateException(describe() + ": cannot be searched (" + Printable.text(
                        String.valueOf(e.getMessage())) + ")");
            }
        }

        @Override
        public String describe() {
            return Printable.name(root);
        }
    }
}
