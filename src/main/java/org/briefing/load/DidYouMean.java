package org.briefing.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known name closest to a misspelt one, if any is close enough to be what was meant. */
final class DidYouMean {
    private DidYouMean() {
    }

    static Optional<String> among(String typed, Collection<String> known) {
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return known.stream()
                .filter(name -> distance(typed.toLowerCase(), name.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt(name -> distance(typed.toLowerCase(), name.toLowerCase())));
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
