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
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where templates, their stylesheet and message bundles come from: the set bundled in the jar,
 * or a folder given with {@code --templates}. Nothing outside it is ever read through it.
 */
public abstract class TemplateSet {
    /** The main template's name, without extension. */
    public static final String MAIN = "briefing";

    /** The templates shipped with the tool (the repository's {@code templates/} folder). */
    public static TemplateSet bundled() {
        return new Bundled(TemplateSet.class.getClassLoader());
    }

    /** The bundled set as {@code loader} sees it (tests: the same set packed in a jar). */
    static TemplateSet bundled(ClassLoader loader) {
        return new Bundled(loader);
    }

    /** A folder with {@code briefing.html}, its stylesheet and {@code messages/}. */
    public static TemplateSet directory(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(MAIN + ".html"))) {
            throw new IllegalArgumentException(folder + ": not a template folder (no " + MAIN + ".html in it)");
        }
        return new Directory(root);
    }

    /**
     * A resource of the set by relative name ({@code briefing.css}, {@code messages/messages_ru.properties}),
     * or empty when there is none or the name tries to leave the set.
     */
    public abstract Optional<byte[]> read(String relativeName);

    /**
     * SHA-256 over every file of the set (relative name and content, in sorted name order):
     * changes whenever a template, stylesheet or message bundle is added, removed, renamed or
     * edited, so that batch runs know which documents to make again.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : fileNames()) {
                byte[] content = read(name).orElseThrow(() -> new IllegalStateException(
                        describe() + ": cannot read " + name));
                byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
                // lengths first, so that no two different sets can feed the same byte stream
                sha.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(nameBytes.length).putLong(content.length)
                        .array());
                sha.update(nameBytes);
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Relative names ({@code /}-separated) of every file in the set, sorted. */
    abstract List<String> fileNames();

    /** How Thymeleaf finds templates of this set. */
    abstract org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver newResolver();

    /** For messages: where the set lives. */
    public abstract String describe();

    static boolean isSafeName(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.contains(":")
                && java.util.Arrays.stream(name.split("/")).noneMatch(part -> part.isEmpty() || part.equals("..")
                || part.equals("."));
    }

    /** Relative names ({@code /}-separated) of the regular files under {@code folder}, sorted. */
    static List<String> listFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    private static final class Bundled extends TemplateSet {
        static final String PREFIX = "briefing-templates/";

        private final ClassLoader loader;

        Bundled(ClassLoader loader) {
            this.loader = loader;
        }

        /** The jar does not change while the tool runs: each file is read once (every document asks). */
        private final java.util.Map<String, Optional<byte[]>> cache = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Optional<byte[]> read(String name) {
            if (!isSafeName(name)) {
                return Optional.empty();
            }
            return cache.computeIfAbsent(name, this::load).map(byte[]::clone);
        }

        private Optional<byte[]> load(String name) {
            try (InputStream in = loader.getResourceAsStream(PREFIX + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
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
                        .forEach(entry -> names.add(entry.getName().substring(PREFIX.length())));
                Collections.sort(names);
                return names;
            }
        }

        @Override
        org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver newResolver() {
            var resolver = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver(loader);
            resolver.setPrefix(PREFIX);
            return resolver;
        }

        @Override
        public String describe() {
            return "bundled templates";
        }
    }

    private static final class Directory extends TemplateSet {
        final Path root;

        Directory(Path root) {
            this.root = root;
        }

        @Override
        public Optional<byte[]> read(String name) {
            if (!isSafeName(name)) {
                return Optional.empty();
            }
            Path file = root.resolve(name).normalize();
            try {
                if (!file.startsWith(root) || !Files.isRegularFile(file)
                        || !file.toRealPath().startsWith(root.toRealPath())) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        List<String> fileNames() {
            try {
                // files read() refuses (links out of the folder) are not part of the set
                return listFolder(root).stream().filter(name -> read(name).isPresent()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver newResolver() {
            var resolver = new org.thymeleaf.templateresolver.FileTemplateResolver();
            resolver.setPrefix(root.toString() + java.io.File.separator);
            return resolver;
        }

        @Override
        public String describe() {
            return root.toString();
        }
    }
}
