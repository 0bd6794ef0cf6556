package org.briefing.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates, their stylesheet and message bundles come from: the set bundled in the jar,
 * or a folder given with {@code --templates}. Nothing outside it is ever read through it.
 */
public abstract class TemplateSet {
    /** The main template's name, without extension. */
    public static final String MAIN = "briefing";

    /** The templates shipped with the tool (the repository's {@code templates/} folder). */
    public static TemplateSet bundled() {
        return new Bundled();
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

    /** How Thymeleaf finds templates of this set. */
    abstract org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver newResolver();

    /** For messages: where the set lives. */
    public abstract String describe();

    static boolean isSafeName(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.contains(":")
                && java.util.Arrays.stream(name.split("/")).noneMatch(part -> part.isEmpty() || part.equals("..")
                || part.equals("."));
    }

    private static final class Bundled extends TemplateSet {
        static final String PREFIX = "briefing-templates/";

        @Override
        public Optional<byte[]> read(String name) {
            if (!isSafeName(name)) {
                return Optional.empty();
            }
            try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver newResolver() {
            var resolver = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver(
                    TemplateSet.class.getClassLoader());
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
