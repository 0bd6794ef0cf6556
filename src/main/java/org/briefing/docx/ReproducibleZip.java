package org.briefing.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package so that the same content gives the same bytes: entries in a fixed
 * order ({@code [Content_Types].xml} first, as OPC readers expect, then by name) and every entry
 * time set to one fixed instant instead of the time of writing.
 */
final class ReproducibleZip {
    /** The earliest time a zip entry can hold; says "no meaningful time". */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip) {
        try {
            List<Entry> entries = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.add(new Entry(entry.getName(), in.readAllBytes()));
                }
            }
            entries.sort(Comparator.comparing((Entry e) -> !e.name().equals(CONTENT_TYPES))
                    .thenComparing(Entry::name));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Entry entry : entries) {
                    ZipEntry zipEntry = new ZipEntry(entry.name());
                    zipEntry.setTimeLocal(ENTRY_TIME);
                    out.putNextEntry(zipEntry);
                    out.write(entry.data());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Entry(String name, byte[] data) {
    }
}
