package io.comptoir.botfolder;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for authors: the closest allowed word to a misspelt key or value. */
final class Suggestions {
    private Suggestions() {}

    /** The closest candidate within a small edit distance (a typo, not a different word), if any. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int tolerated = Math.max(2, t.length() / 3);
        return best != null && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or an empty string. */
    static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** "expected one of a, b, c (did you mean 'b'?)". */
    static String expectedOneOf(String typed, Collection<String> candidates) {
        return "expected one of " + String.join(", ", candidates) + didYouMean(typed, candidates);
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
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
