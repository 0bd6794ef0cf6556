package org.briefing.render;

import java.util.concurrent.Semaphore;
import org.briefing.model.Briefing;
import org.briefing.model.Link;
import org.briefing.model.LocalizedText;
import org.briefing.model.Quote;
import org.briefing.model.Source;

/**
 * How much of the heap documents may take at once. Each edition reserves what it may need
 * (more for more text) before it is made and gives it back when written; one that needs more
 * than there is waits until it can run alone. So however many threads or editions are asked
 * for, documents never together need more heap than there is, and the garbage collector never
 * thrashes. Thread counts are bounded by the heap too, since every rendering thread keeps its
 * own parsed fonts. One budget for the process: {@link #shared()}.
 *
 * <p>The figures were measured (README, "Security model and limits"): the largest edition the
 * model limits allow, some two million characters, is rendered in a 144 MiB heap and not in 128 MiB.
 */
public final class MemoryBudget {
    private static final long MB = 1024 * 1024;
    /** Kept back for what every run holds: classes' data, fonts, templates, the loaded models. */
    static final long BASE = 96 * MB;
    /** What one rendering thread keeps while it lives: its parsed fonts and buffers. */
    static final long PER_THREAD = 16 * MB;
    /** An edition's XHTML, layout and document, beyond its text: a little for a short briefing. */
    static final long PER_EDITION = 24 * MB;
    /** Heap per character of an edition's text while its PDF is laid out (measured: about 60). */
    static final long PER_CHARACTER = 80;
    /** Heap per byte of a model file while it is read (measured: a 2 MiB model reads in 32 MB). */
    static final long PER_MODEL_BYTE = 12;

    private static final MemoryBudget SHARED = new MemoryBudget(Runtime.getRuntime().maxMemory());

    private final int megabytes;
    private final Semaphore available;

    MemoryBudget(long maxHeap) {
        this.megabytes = (int) Math.max(1, (maxHeap - BASE) / MB);
        this.available = new Semaphore(megabytes, true); // first come, first served: a large edition is not starved
    }

    /** The budget of this process's heap. */
    public static MemoryBudget shared() {
        return SHARED;
    }

    /** {@code requested} threads, or fewer when the heap cannot keep that many rendering threads. */
    public int threadsFor(int requested) {
        return (int) Math.max(1, Math.min(requested, megabytes * MB / PER_THREAD));
    }

    /** Waits until {@code bytes} can be taken (all of the budget at most), and takes them. */
    public Reservation reserve(long bytes) {
        int wanted = (int) Math.min(megabytes, Math.max(1, (bytes + MB - 1) / MB));
        available.acquireUninterruptibly(wanted);
        return new Reservation(wanted);
    }

    /** What reading a model file of {@code bytes} may need: its YAML tree, its JSON tree, positions. */
    public static long forModelFile(long bytes) {
        return MB + PER_MODEL_BYTE * bytes;
    }

    /** What making {@code briefing} in {@code language} may need. */
    public static long forEdition(Briefing briefing, String language) {
        return PER_EDITION + PER_CHARACTER * EditionText.characters(briefing, language);
    }

    /** Heap taken until closed; closing twice gives it back once. */
    public final class Reservation implements AutoCloseable {
        private int megabytesHeld;

        private Reservation(int megabytes) {
            this.megabytesHeld = megabytes;
        }

        @Override
        public synchronized void close() {
            available.release(megabytesHeld);
            megabytesHeld = 0;
        }
    }

    /** The characters of text an edition holds: its language's texts, the default language's where it has none. */
    static final class EditionText {
        private EditionText() {
        }

        static long characters(Briefing briefing, String language) {
            Counter count = new Counter(language, briefing.defaultLanguage());
            count.add(briefing.title());
            count.add(briefing.country().name());
            count.add(briefing.summary());
            Source source = briefing.source();
            if (source != null) {
                count.add(source.title());
                count.add(source.publisher());
            }
            briefing.achievements().forEach(count::add);
            briefing.recommendations().forEach(count::add);
            briefing.background().forEach(count::add);
            for (Quote quote : briefing.quotes()) {
                count.add(quote.speaker());
                count.add(quote.role());
                count.add(quote.text());
            }
            for (Link link : briefing.links()) {
                count.add(link.label());
                count.total += link.url().length();
            }
            return count.total;
        }

        private static final class Counter {
            final String language;
            final String fallback;
            long total;

            Counter(String language, String fallback) {
                this.language = language;
                this.fallback = fallback;
            }

            void add(LocalizedText text) {
                if (text != null) {
                    total += text.in(language).or(() -> text.in(fallback)).map(String::length).orElse(0);
                }
            }
        }
    }
}
