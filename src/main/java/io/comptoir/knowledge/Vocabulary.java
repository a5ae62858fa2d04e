package io.comptoir.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a bot knows (folded surface forms from its FAQ, catalog, offer and intake), used to repair typos:
 * an unknown word of 6+ letters becomes the known word at edit distance 1 (2 from 9 letters) that starts with the
 * same letter. The first letter must match because typos rarely hit it and it keeps "tarte" from becoming "carte"; short words are left alone because a
 * 5-letter real word is too often one letter away from another ("morte", "monte").
 */
final class Vocabulary {
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    /** Adds every word of {@code text}. */
    void add(String text) {
        if (text == null) return;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                addWord(LanguagePack.fold(text.substring(start, i)));
                start = -1;
            }
        }
    }

    private void addWord(String w) {
        if (counts.merge(w, 1, Integer::sum) == 1) byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    }

    boolean contains(String foldedWord) {
        return counts.containsKey(foldedWord);
    }

    /** The known word closest to {@code foldedWord}, or the word itself when it is known or nothing is close. */
    String correct(String foldedWord) {
        int len = foldedWord.length();
        if (len < 6 || counts.containsKey(foldedWord) || !Character.isLetter(foldedWord.charAt(0))) return foldedWord;
        int max = len >= 9 ? 2 : 1;
        String best = foldedWord;
        int bestDistance = max + 1;
        int bestCount = 0;
        for (String candidate : byFirst.getOrDefault(foldedWord.charAt(0), List.of())) {
            if (Math.abs(candidate.length() - len) > max) continue;
            int d = distance(foldedWord, candidate, max);
            int count = counts.get(candidate);
            if (d < bestDistance || (d == bestDistance && (count > bestCount
                    || (count == bestCount && candidate.compareTo(best) < 0)))) {
                best = candidate;
                bestDistance = d;
                bestCount = count;
            }
        }
        return bestDistance <= max ? best : foldedWord;
    }

    /** Optimal string alignment distance (a swap of two letters counts 1), capped at {@code max + 1}. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[n][m];
    }
}
