package io.comptoir.understanding.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the grammars know, used to fix small typos ("budjet", "urgnt"): a word of five letters or more that
 * is not known and is one edit (insertion, deletion, substitution or transposition) away from exactly one known
 * word of five letters or more becomes that word (a plural "s" added or dropped excepted). Lookups go through single-deletion keys, so they stay cheap.
 */
public final class Vocabulary {
    private static final int MIN_LENGTH = 5;
    private final Set<String> known = new HashSet<>();
    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    void add(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) return;
        if (!known.add(word) || word.length() < MIN_LENGTH) return;
        index(word, word);
        for (int i = 0; i < word.length(); i++) index(deleteAt(word, i), word);
    }

    private void index(String key, String word) { byDeletion.computeIfAbsent(key, k -> new HashSet<>(2)).add(word); }

    public boolean knows(String word) { return known.contains(word); }

    /**
     * The known word this one is a typo of, or the word itself. When several known words are one edit away, a
     * missing letter ("presé" → "pressé") beats a swap, which beats a wrong letter, which beats an extra letter;
     * a tie in the best kind means the typo is ambiguous and the word is left alone.
     */
    public String correct(String word) {
        if (word.length() < MIN_LENGTH || known.contains(word)) return word;
        Set<String> candidates = new java.util.TreeSet<>();
        collect(byDeletion.get(word), word, candidates);
        for (int i = 0; i < word.length(); i++) collect(byDeletion.get(deleteAt(word, i)), word, candidates);
        String best = word;
        int bestRank = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
            int rank = rank(word, c);
            if (rank < bestRank) { best = c; bestRank = rank; tie = false; }
            else if (rank == bestRank) tie = true;
        }
        return tie ? word : best;
    }

    /**
     * A lexicon word with an "s" added or dropped is an inflection, not a typo: "review" is the verb, not a
     * misspelt "reviews", and "references" is not a misspelt "reference"; the lexicon lists the forms it means.
     */
    private static void collect(Set<String> found, String word, Set<String> into) {
        if (found == null) return;
        for (String c : found) {
            if (c.equals(word + "s") || word.equals(c + "s")) continue;
            if (c.length() >= MIN_LENGTH && withinOneEdit(word, c)) into.add(c);
        }
    }

    /** 0 the client missed a letter, 1 swapped two, 2 typed a wrong one, 3 typed one too many. */
    private static int rank(String typed, String known) {
        if (known.length() > typed.length()) return 0;
        if (known.length() < typed.length()) return 3;
        int diff = 0;
        for (int i = 0; i < typed.length(); i++) if (typed.charAt(i) != known.charAt(i)) diff++;
        return diff == 2 ? 1 : 2;
    }

    private static String deleteAt(String w, int i) { return w.substring(0, i) + w.substring(i + 1); }

    /** Damerau-Levenshtein distance of at most one. */
    public static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (i == la && i == lb) return true;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
