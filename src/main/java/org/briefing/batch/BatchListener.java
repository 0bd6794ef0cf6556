package org.briefing.batch;

/**
 * Progress of a batch run, for a progress bar or a log. Calls never overlap, but may come from
 * the rendering threads, so they should be quick.
 */
public interface BatchListener {
    /** Listens to nothing. */
    BatchListener NONE = new BatchListener() {
    };

    /**
     * Every model has been read: {@code documents} documents of valid models will now be settled,
     * one {@link #settled} call each. Invalid models have no documents; they are in the result.
     */
    default void planned(int documents) {
    }

    default void settled(DocumentEvent event) {
    }

    /** Another run holds {@code folder}; this one waits for it to end before it starts. */
    default void waiting(java.nio.file.Path folder) {
    }
}
