package org.briefing.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.briefing.files.BoundedRead;
import org.briefing.model.Image;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a model's picture file, refusing what a document must not take in: a name that leaves
 * the model's folder (absolute, {@code ..}, a symbolic link out of it) or is an address; a file
 * larger than {@value #MAX_MEGABYTES} MB; one that is not the PNG or JPEG picture its name says;
 * one of more than {@value #MAX_MEGAPIXELS} megapixels, found from its header before a pixel is
 * decoded, so a decompression bomb is never expanded. SVG is refused: it can hold scripts and
 * fetch other files, and the PDF engine would need a whole SVG renderer for it.
 */
public final class PictureFiles {
    static final int MAX_MEGABYTES = 8;
    static final int MAX_MEGAPIXELS = 24;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    private static final long MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000L;
    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Why a picture cannot be used, in words for the one-line error. */
    public static final class PictureException extends Exception {
        PictureException(String message) {
            super(message);
        }
    }

    private PictureFiles() {
    }

    /** The picture {@code name} names, beside the model in {@code folder}. */
    public static Image read(Path folder, String name) throws PictureException {
        Path file = inside(folder, name);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PictureException("'" + name + "' is larger than " + MAX_MEGABYTES + " MB");
            }
            bytes = BoundedRead.of(file, MAX_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            throw new PictureException("'" + name + "' is larger than " + MAX_MEGABYTES + " MB");
        } catch (IOException e) {
            throw new PictureException("'" + name + "' cannot be read: " + e.getMessage());
        }
        return check(name, bytes);
    }

    /**
     * {@code bytes}, the content of the file {@code name}, as a picture a document can take: a
     * whole PNG or JPEG, as its name says, of at most {@value #MAX_MEGAPIXELS} megapixels.
     */
    public static Image check(String name, byte[] bytes) throws PictureException {
        if (bytes.length > MAX_BYTES) {
            throw new PictureException("'" + name + "' is larger than " + MAX_MEGABYTES + " MB");
        }
        String type = kind(bytes);
        String extension = extension(name);
        if (type == null) {
            throw new PictureException("'" + name + "' is not a PNG or JPEG picture"
                    + (looksLikeSvg(bytes) ? " (SVG is not accepted: it can run scripts and fetch files; export it"
                    + " as PNG)" : ""));
        }
        boolean named = type.equals(Image.PNG) ? extension.equals("png")
                : extension.equals("jpg") || extension.equals("jpeg");
        if (!named) {
            throw new PictureException("'" + name + "' is named ." + extension + " but is a "
                    + (type.equals(Image.PNG) ? "PNG" : "JPEG") + " picture");
        }
        return decoded(name, type, bytes);
    }

    /** The file {@code name} names inside {@code folder}, or why it is not one. */
    private static Path inside(Path folder, String name) throws PictureException {
        if (name.isBlank()) {
            throw new PictureException("a picture needs its file's name");
        }
        if (ADDRESS.matcher(name).matches() && !name.matches("^[A-Za-z]:[\\\\/].*")) {
            throw new PictureException("'" + name + "' is an address; a picture is a file beside the model, never"
                    + " fetched");
        }
        Path relative;
        try {
            relative = Path.of(name);
        } catch (RuntimeException e) {
            throw new PictureException("'" + name + "' is not a file name");
        }
        if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")
                || name.contains("\\")) {
            throw new PictureException("'" + name + "' is not inside the model's folder; name a file beside the model"
                    + " (a relative path, '/'-separated)");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new PictureException("'" + name + "' leaves the model's folder ('..')");
            }
        }
        Path file = folder.resolve(relative).normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new PictureException("'" + name + "' does not exist beside the model");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw new PictureException("'" + name + "' is a symbolic link out of the model's folder");
            }
            if (!Files.isRegularFile(real)) {
                throw new PictureException("'" + name + "' is not a file");
            }
            return real;
        } catch (IOException e) {
            throw new PictureException("'" + name + "' cannot be read: " + e.getMessage());
        }
    }

    /** The picture's size from its header, checked, then the whole picture decoded once to know it is whole. */
    private static Image decoded(String name, String type, byte[] bytes) throws PictureException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                throw new PictureException("'" + name + "' is " + width + " × " + height + " pixels, more than "
                        + MAX_MEGAPIXELS + " megapixels");
            }
            double dpi = dpi(reader);
            reader.read(0);
            return new Image(type, bytes, width, height, dpi);
        } catch (IOException | RuntimeException e) {
            throw new PictureException("'" + name + "' is not a whole " + (type.equals(Image.PNG) ? "PNG" : "JPEG")
                    + " picture (" + String.valueOf(e.getMessage()).strip() + ")");
        } finally {
            reader.dispose();
        }
    }

    /** The resolution the file states (PNG pHYs, JPEG JFIF density), or 0. */
    private static double dpi(ImageReader reader) throws IOException {
        Element root = (Element) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
        NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) {
            return 0;
        }
        double millimetresPerPixel = Double.parseDouble(((Element) sizes.item(0)).getAttribute("value"));
        return millimetresPerPixel > 0 ? 25.4 / millimetresPerPixel : 0;
    }

    private static String kind(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Image.PNG;
        }
        return startsWith(bytes, JPEG) ? Image.JPEG : null;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8);
        return start.contains("<svg") || start.stripLeading().startsWith("<?xml");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
