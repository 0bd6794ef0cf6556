package org.briefing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Field paths, the one way every stage names a place in a model: {@code title},
 * {@code achievements[2]}, {@code quotes[0].speaker}, {@code links[1].label.ru}. List items count
 * from 0. Messages, the DOCX's marks, import reports and translation units all use them.
 */
public final class FieldPath {
    private FieldPath() {
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** {@code quotes[0].text} → {@code quotes}, {@code [0]}, {@code text}. */
    public static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '.';
            if (c == '.' || c == '[') {
                if (i > start) {
                    steps.add(path.substring(start, i));
                }
                if (c == '[') {
                    int close = path.indexOf(']', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("unbalanced '[' in field path " + path);
                    }
                    steps.add(path.substring(i, close + 1));
                    i = close;
                }
                start = i + 1;
            }
        }
        return steps;
    }

    /** The list a path's last step indexes, or null: {@code achievements[2]} → {@code achievements}. */
    public static String listOf(String path) {
        return path.endsWith("]") ? path.substring(0, path.lastIndexOf('[')) : null;
    }

    /** The index of a path's last step: {@code achievements[2]} → 2, or -1. */
    public static int indexOf(String path) {
        return path.endsWith("]") ? Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1))
                : -1;
    }
}
