package io.comptoir.understanding.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases of a lexicon (bound words, month names, currency words...) with a value each, matched on
 * folded tokens, longest first, never across punctuation.
 */
public final class PhraseTable<V> {
    /** A phrase found in a message: tokens {@code start} (inclusive) to {@code end} (exclusive). */
    public record Match<V>(int start, int end, V value) {
        public int length() { return end - start; }
    }

    private record Entry<V>(String[] words, V value) {}

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();
    private final TextPipeline pipeline;

    public PhraseTable(TextPipeline pipeline) { this.pipeline = pipeline; }

    public PhraseTable<V> add(String phrase, V value) {
        String[] words = pipeline.phrase(phrase);
        if (words.length == 0) return this;
        Entry<V> e = new Entry<>(words, value);
        insert(byFirst, words[0], e);
        insert(byLast, words[words.length - 1], e);
        return this;
    }

    public PhraseTable<V> addAll(Iterable<String> phrases, V value) {
        for (String p : phrases) add(p, value);
        return this;
    }

    private static <V> void insert(Map<String, List<Entry<V>>> index, String key, Entry<V> e) {
        List<Entry<V>> l = index.computeIfAbsent(key, k -> new ArrayList<>());
        l.add(e);
        l.sort((a, b) -> b.words.length - a.words.length);
    }

    public boolean isEmpty() { return byFirst.isEmpty(); }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> at(Tokens t, int i) {
        if (i < 0 || i >= t.size()) return null;
        List<Entry<V>> candidates = byFirst.get(t.w(i));
        if (candidates == null) return null;
        for (Entry<V> e : candidates) {
            int n = e.words.length;
            if (i + n > t.size() || !t.sameClause(i, i + n - 1)) continue;
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) ok = e.words[k].equals(t.w(i + k));
            if (ok) return new Match<>(i, i + n, e.value);
        }
        return null;
    }

    /** The longest phrase whose last token is {@code last}, or null. */
    public Match<V> endingAt(Tokens t, int last) {
        if (last < 0 || last >= t.size()) return null;
        List<Entry<V>> candidates = byLast.get(t.w(last));
        if (candidates == null) return null;
        for (Entry<V> e : candidates) {
            int n = e.words.length;
            int first = last - n + 1;
            if (first < 0 || !t.sameClause(first, last)) continue;
            boolean ok = true;
            for (int k = 0; k < n - 1 && ok; k++) ok = e.words[k].equals(t.w(first + k));
            if (ok) return new Match<>(first, last + 1, e.value);
        }
        return null;
    }

    /** Whether the single word is a one-word phrase of this table. */
    public boolean containsWord(String w) {
        List<Entry<V>> candidates = byFirst.get(w);
        if (candidates == null) return false;
        for (Entry<V> e : candidates) if (e.words.length == 1) return true;
        return false;
    }
}
