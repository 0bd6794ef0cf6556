package org.briefing.model;

import java.util.List;

/** Argument checks at public boundaries, one line each. */
public final class Validate {
    private Validate() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static <T> List<T> copyOf(List<T> list, String name) {
        return List.copyOf(notNull(list, name));
    }
}
