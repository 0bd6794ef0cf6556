package org.briefing.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.briefing.markup.MarkupWriter;
import org.briefing.markup.Run;

/**
 * Reads one {@code <source>} or {@code <target>} into the model's inline syntax: its words, its
 * paragraph breaks, and the formatting and links its inline codes give them, whichever way a
 * CAT tool wrote them back: 1.2's {@code <bpt>}/{@code <ept>} or {@code <g>}, 2.0's {@code <pc>}
 * or {@code <sc>}/{@code <ec>}. A target's code means what the source's code with its id means,
 * and a link goes where the source's link of that id goes unless the target's own data says so.
 */
final class SegmentReader {
    /** What a source's codes mean, by id, for reading its target. */
    static final class Codes {
        final Map<String, InlineCodes.Kind> kinds = new HashMap<>();
        final Map<String, String> addresses = new HashMap<>();
        final Map<String, String> notes = new HashMap<>();
    }

    /**
     * A source or target as read.
     *
     * @param text       in the inline syntax, paragraphs separated by a blank line
     * @param paragraphs the ids of its paragraph breaks, in order
     * @param broken     why it cannot be read, or null
     */
    record Segment(String text, List<String> paragraphs, Codes codes, String broken, int line, int column) {
    }

    /** A code open around words. */
    private static final class Frame {
        final String id;
        final InlineCodes.Kind kind;
        String address;

        Frame(String id, InlineCodes.Kind kind, String address) {
            this.id = id;
            this.kind = kind;
            this.address = address;
        }
    }

    /** Words and the codes open around them, or the note a marker cites. */
    private record Piece(String text, List<Frame> around, String note) {
    }

    private final XMLStreamReader xml;
    private final Codes source;
    private final Map<String, String> data;
    private final Codes codes = new Codes();
    private final List<List<Piece>> paragraphs = new ArrayList<>(List.of(new ArrayList<>()));
    private final List<String> breaks = new ArrayList<>();
    private final List<Frame> open = new ArrayList<>();
    private String broken;

    /**
     * @param source what the source's codes mean (null when reading the source)
     * @param data   a 2.0 unit's original data by id (empty for 1.2)
     */
    private SegmentReader(XMLStreamReader xml, Codes source, Map<String, String> data) {
        this.xml = xml;
        this.source = source;
        this.data = data;
    }

    /** Reads the element the reader is at the start of, to its end. */
    static Segment read(XMLStreamReader xml, String name, Codes source, Map<String, String> data)
            throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        SegmentReader reader = new SegmentReader(xml, source, data);
        reader.readContent(name);
        return new Segment(reader.text(), reader.breaks, reader.codes, reader.broken, line, column);
    }

    private void readContent(String name) throws XMLStreamException {
        // what each open element closes: a code's frame, or null for one that changes nothing
        Deque<Frame> elements = new ArrayDeque<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                words(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (elements.isEmpty()) {
                    return;
                }
                Frame closed = elements.pop();
                if (closed != null) {
                    open.remove(closed);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                Frame frame = start(name);
                if (frame != NOT_AN_ELEMENT) {
                    elements.push(frame == null ? PASSING : frame);
                    if (frame != null) {
                        open.add(frame);
                    }
                }
            }
        }
    }

    /** Markers: an element read whole already ({@link #NOT_AN_ELEMENT}), one that only passes its words. */
    private static final Frame NOT_AN_ELEMENT = new Frame("", null, null);
    private static final Frame PASSING = new Frame("", null, null);

    /**
     * Handles an inline element's start: a placeholder or a native-data element is read whole;
     * a code around words returns its frame; an element that only passes its words returns null.
     */
    private Frame start(String name) throws XMLStreamException {
        String element = xml.getLocalName();
        String id = String.valueOf(attribute("id"));
        switch (element) {
            case "x", "ph" -> {
                InlineCodes.Kind kind = kindOf(id, InlineCodes.Kind.PARAGRAPH);
                String own = InlineCodes.noteOf(element.equals("x") ? attribute("equiv-text")
                        : textOf(attribute("dataRef")));
                skip();
                if (source == null) {
                    codes.kinds.put(id, kind);
                }
                if (kind == InlineCodes.Kind.LINE_BREAK) {
                    words("\n");
                } else if (kind == InlineCodes.Kind.NOTE) {
                    noteMarker(id, own);
                } else if (kind == InlineCodes.Kind.PARAGRAPH) {
                    breaks.add(id);
                    paragraphs.add(new ArrayList<>());
                } else {
                    fail(element, name);
                }
                return NOT_AN_ELEMENT;
            }
            case "bpt", "sc" -> {
                Frame frame = new Frame(id, kindOf(id, null), addressOf(id, attribute("dataRefEnd")));
                skip();
                open.add(frame);
                return NOT_AN_ELEMENT;
            }
            case "ept", "ec" -> {
                String of = element.equals("ec") ? String.valueOf(attribute("startRef")) : id;
                String end = element.equals("ept") ? xml.getElementText() : textOf(attribute("dataRef"));
                if (element.equals("ec")) {
                    skip();
                }
                for (Frame frame : open) {
                    if (frame.id.equals(of)) {
                        frame.address = InlineCodes.address(end) != null ? InlineCodes.address(end) : frame.address;
                        open.remove(frame);
                        note(frame);
                        return NOT_AN_ELEMENT;
                    }
                }
                fail(element, name);
                return NOT_AN_ELEMENT;
            }
            case "g", "pc" -> {
                Frame frame = new Frame(id, kindOf(id, null), addressOf(id, attribute("dataRefEnd")));
                note(frame);
                return frame;
            }
            case "mrk" -> {
                return null; // a segment or term mark some tools add: its words are the unit's
            }
            default -> {
                fail(element, name);
                return null;
            }
        }
    }

    /** What the code {@code id} stands for: as the source's code of that id, else as its own attributes say. */
    private InlineCodes.Kind kindOf(String id, InlineCodes.Kind otherwise) {
        if (source != null) {
            InlineCodes.Kind kind = source.kinds.get(id);
            if (kind == null && !id.startsWith("pb")) {
                broken = broken != null ? broken : "the inline code " + id + " is one the source does not have";
            }
            return kind != null ? kind : otherwise;
        }
        String ctype = attribute("ctype");
        InlineCodes.Kind kind = ctype != null ? InlineCodes.Kind.ofCtype(ctype)
                : attribute("type") != null ? InlineCodes.Kind.ofType(attribute("type"), attribute("subType"))
                : null;
        return kind != null ? kind : otherwise;
    }

    /** A link's address: from its own data (2.0), else the source's link of the same id. */
    private String addressOf(String id, String dataRefEnd) {
        String own = InlineCodes.address(textOf(dataRefEnd));
        if (own != null) {
            return own;
        }
        return source == null ? null : source.addresses.get(id);
    }

    private String textOf(String dataRef) {
        return dataRef == null ? null : data.get(dataRef);
    }

    /** Remembers what a source's code means, for its target. */
    private void note(Frame frame) {
        if (frame.kind != null) {
            codes.kinds.put(frame.id, frame.kind);
        }
        if (frame.address != null) {
            codes.addresses.put(frame.id, frame.address);
        }
    }

    private void words(String text) {
        paragraphs.get(paragraphs.size() - 1).add(new Piece(text, List.copyOf(open), null));
    }

    /** A note's marker: the note its own data names, else the source's marker of its id. */
    private void noteMarker(String id, String own) {
        String note = own != null ? own : source == null ? null : source.notes.get(id);
        if (note == null) {
            broken = broken != null ? broken : "the note marker " + id + " does not name its note";
            return;
        }
        codes.notes.put(id, note);
        paragraphs.get(paragraphs.size() - 1).add(new Piece("", List.of(), note));
    }

    private void fail(String element, String name) {
        if (broken == null) {
            broken = "<" + element + "> in the " + name + " is an inline code the source does not have";
        }
    }

    /** Moves past the element the reader is at the start of. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    /** The paragraphs in the inline syntax, their words as the codes around them format them. */
    private String text() {
        List<String> texts = new ArrayList<>();
        for (List<Piece> paragraph : paragraphs) {
            List<Run> runs = new ArrayList<>();
            for (Piece piece : paragraph) {
                if (piece.note() != null) {
                    runs.add(Run.note(piece.note()));
                    continue;
                }
                boolean bold = piece.around().stream().anyMatch(f -> f.kind == InlineCodes.Kind.BOLD);
                boolean italic = piece.around().stream().anyMatch(f -> f.kind == InlineCodes.Kind.ITALIC);
                String address = null;
                for (Frame frame : piece.around()) {
                    address = frame.kind == InlineCodes.Kind.LINK && frame.address != null ? frame.address : address;
                }
                runs.add(new Run(piece.text(), bold, italic, address));
            }
            texts.add(MarkupWriter.write(runs));
        }
        return texts.stream().collect(Collectors.joining("\n\n"));
    }
}
