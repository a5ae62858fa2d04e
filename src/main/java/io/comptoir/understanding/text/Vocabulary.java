package io.comptoir.understanding.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the grammars know, used to fix small typos ("budjet", "urgnt"): a word of five letters or more that
 * is not known and is one edit (insertion, deletion, substitution or transposition) away from exactly one known
 * word of five letters or more becomes that word. Lookups go through single-deletion keys, so they stay cheap.
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

    /** The known word this one is a typo of, or the word itself. */
    public String correct(String word) {
        if (word.length() < MIN_LENGTH || known.contains(word)) return word;
        String found = null;
        found = consider(byDeletion.get(word), word, found);
        if (found == AMBIGUOUS) return word;
        for (int i = 0; i < word.length() && found != AMBIGUOUS; i++) {
            found = consider(byDeletion.get(deleteAt(word, i)), word, found);
        }
        return found == null || found == AMBIGUOUS ? word : found;
    }

    private static final String AMBIGUOUS = new String("?");

    private static String consider(Set<String> candidates, String word, String found) {
        if (candidates == null) return found;
        for (String c : candidates) {
            if (c.length() < MIN_LENGTH || !withinOneEdit(word, c)) continue;
            if (found == null) found = c;
            else if (!found.equals(c)) return AMBIGUOUS;
        }
        return found;
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
