package org.briefing.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Completes the cross-reference stream PDFBox writes last in a file: it counts itself in its
 * {@code /Size} (rightly: it is an object of the file) but leaves out its own entry, so checkers
 * such as {@code qpdf --check} report a {@code /Size} one too high. Here the stream gets its own
 * entry, as ISO 32000-1 (7.5.8.2) has it. The stream is the last object of the file, so nothing
 * before it moves; its entries are written again with widths that hold its own offset.
 */
final class CrossReferenceStream {
    private static final Pattern LAST_XREF = Pattern.compile(
            "startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj\\s*<<");
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[\\s*0\\s+(\\d+)\\s*]");
    private static final Pattern WIDTHS = Pattern.compile("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");

    private CrossReferenceStream() {
    }

    /** {@code pdf}, whose last cross-reference stream lists itself. */
    static byte[] withOwnEntry(byte[] pdf) {
        String tail = ascii(pdf, Math.max(0, pdf.length - 64), pdf.length);
        Matcher startxref = LAST_XREF.matcher(tail);
        if (!startxref.find()) {
            throw new IllegalStateException("the PDF does not end with startxref and %%EOF");
        }
        int start = Integer.parseInt(startxref.group(1));
        int dictionaryEnd = indexOf(pdf, ">>", start);
        int streamStart = indexOf(pdf, "stream", dictionaryEnd) + "stream".length();
        streamStart += pdf[streamStart] == '\r' ? 2 : 1;
        String header = ascii(pdf, start, dictionaryEnd);
        Matcher object = OBJECT.matcher(header);
        if (!object.lookingAt() || !header.contains("/Type /XRef") || header.contains("/DecodeParms")
                || header.contains("/Prev")) {
            throw new IllegalStateException("the PDF's last cross-reference section is not a plain stream: " + header);
        }
        int self = Integer.parseInt(object.group(1));
        int count = Integer.parseInt(required(INDEX, header, "/Index [0 n]").group(1));
        if (count != self) {
            return pdf; // it already lists itself, or lists what we do not expect to change
        }
        Matcher w = required(WIDTHS, header, "/W");
        int[] widths = {Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))};
        int length = Integer.parseInt(required(LENGTH, header, "/Length").group(1));
        if (Integer.parseInt(required(SIZE, header, "/Size").group(1)) != self + 1) {
            throw new IllegalStateException("the cross-reference stream's /Size is not one more than its number");
        }

        List<long[]> entries = decode(inflate(pdf, streamStart, length), widths, count);
        entries.add(new long[] {1, start, 0});
        int[] newWidths = widthsFor(entries);
        byte[] data = deflate(encode(entries, newWidths));

        String newHeader = header
                .replaceFirst(INDEX.pattern(), "/Index [0 " + (count + 1) + "]")
                .replaceFirst(WIDTHS.pattern(), "/W [" + newWidths[0] + " " + newWidths[1] + " " + newWidths[2] + "]")
                .replaceFirst(LENGTH.pattern(), "/Length " + data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
        out.write(pdf, 0, start);
        out.writeBytes(newHeader.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(">>\nstream\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Matcher required(Pattern pattern, String header, String what) {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw new IllegalStateException("the cross-reference stream has no " + what + ": " + header);
        }
        return matcher;
    }

    private static List<long[]> decode(byte[] data, int[] widths, int count) {
        int row = widths[0] + widths[1] + widths[2];
        if (data.length != row * count) {
            throw new IllegalStateException("the cross-reference stream holds " + data.length + " bytes, not "
                    + count + " entries of " + row);
        }
        List<long[]> entries = new ArrayList<>(count + 1);
        for (int at = 0; at < data.length; ) {
            long[] entry = new long[3];
            for (int field = 0; field < 3; field++) {
                for (int i = 0; i < widths[field]; i++) {
                    entry[field] = entry[field] << 8 | (data[at++] & 0xFF);
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The fewest bytes per field that hold every entry's value (at least one). */
    private static int[] widthsFor(List<long[]> entries) {
        int[] widths = {1, 1, 1};
        for (long[] entry : entries) {
            for (int field = 0; field < 3; field++) {
                widths[field] = Math.max(widths[field], (64 - Long.numberOfLeadingZeros(entry[field]) + 7) / 8);
            }
        }
        return widths;
    }

    private static byte[] encode(List<long[]> entries, int[] widths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long[] entry : entries) {
            for (int field = 0; field < 3; field++) {
                for (int i = widths[field] - 1; i >= 0; i--) {
                    out.write((int) (entry[field] >>> (8 * i)));
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] pdf, int offset, int length) {
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, offset, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("the cross-reference stream is cut short");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("the cross-reference stream is not Flate data", e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, String what, int from) {
        byte[] pattern = what.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no '" + what + "' after byte " + from + " of the PDF");
    }

    private static String ascii(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
