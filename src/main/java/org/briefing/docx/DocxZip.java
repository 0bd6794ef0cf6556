package org.briefing.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads chosen parts of a DOCX (a zip package) within limits, before any XML is parsed: the file's
 * size, the number of entries, each part's unzipped size (counted as it is read, whatever the
 * zip claims) and how much it expands (a zip bomb expands a thousandfold). Every refusal is one
 * plain line naming the file.
 */
final class DocxZip {
    static final long MAX_FILE = 32L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_PART = 32L * 1024 * 1024;
    /** A part may be this many times larger than its compressed form, once larger than a megabyte. */
    static final int MAX_RATIO = 100;

    private DocxZip() {
    }

    /** The wanted parts that the package has, by name. */
    static Map<String, byte[]> read(Path file, Set<String> wanted) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new DocxException(file + ": not a file");
            }
            if (Files.size(file) > MAX_FILE) {
                throw new DocxException(file + ": larger than " + MAX_FILE / (1024 * 1024)
                        + " MB; not a briefing document");
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw new DocxException(file + ": holds " + zip.size() + " parts; not a briefing document");
                }
                Map<String, byte[]> parts = new HashMap<>();
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                        throw new DocxException(file + ": a part named '" + Printable.of(name)
                                + "' points outside the package; not a document to read");
                    }
                    if (wanted.contains(name)) {
                        parts.put(name, part(file, zip, entry));
                    }
                }
                return parts;
            }
        } catch (ZipException e) {
            throw new DocxException(file + ": not a Word document (a DOCX is a zip package)");
        } catch (IOException e) {
            throw new DocxException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static byte[] part(Path file, ZipFile zip, ZipEntry entry) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long limit = Math.min(MAX_PART, Math.max(1024 * 1024, compressed * MAX_RATIO));
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new DocxException(file + ": part " + entry.getName() + (limit == MAX_PART
                        ? " is larger than " + MAX_PART / (1024 * 1024) + " MB when unzipped"
                        : " expands far more than a document does when unzipped (zip-bomb protection)"));
            }
            return bytes;
        }
    }

    /** A name from a file, safe to print in one line. */
    static final class Printable {
        private Printable() {
        }

        static String of(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().limit(200).forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    out.append(String.format("\\u%04X", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }
}
