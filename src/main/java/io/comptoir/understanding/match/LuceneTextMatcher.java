package io.comptoir.understanding.match;

import io.comptoir.understanding.Language;
import io.comptoir.understanding.TextMatcher;
import io.comptoir.understanding.text.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the options a message mentions by their label or synonyms, on Lucene-analysed words (so accents, case,
 * elision and plurals do not matter). A phrase matches when its words appear in order, with at most two other
 * words between them ("vendre mes produits en ligne" matches "vendre en ligne"); a word of five letters or more
 * may differ by one edit. Longer, exact and tighter matches rank first.
 */
public final class LuceneTextMatcher implements TextMatcher {
    private static final int MAX_GAP = 2;
    private static final int MAX_TEXT = 4000;
    private static final int MIN_FUZZY = 5;
    private final Map<String, List<LanguageAnalyzers.Term>> phrases = new ConcurrentHashMap<>();

    private record Found(String id, int score, int start, int end) {}

    @Override
    public List<Match> matchAll(String text, List<Choice> choices, Language language) {
        if (text == null || text.isBlank() || choices == null || choices.isEmpty()) return List.of();
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        List<LanguageAnalyzers.Term> terms = LanguageAnalyzers.analyze(t, language);
        if (terms.isEmpty()) return List.of();
        List<Found> found = new ArrayList<>();
        for (Choice c : choices) {
            Found best = null;
            for (String p : c.phrases()) {
                Found f = find(c.id(), terms, phrase(p, language));
                if (f != null && (best == null || f.score > best.score)) best = f;
            }
            if (best != null) found.add(best);
        }
        found.sort(Comparator.comparingInt((Found f) -> -f.score).thenComparingInt(f -> f.start));
        List<Match> out = new ArrayList<>(found.size());
        for (Found f : found) out.add(new Match(f.id, t.substring(f.start, f.end)));
        return out;
    }

    private List<LanguageAnalyzers.Term> phrase(String p, Language language) {
        if (p == null) return List.of();
        return phrases.computeIfAbsent(language.code() + '\u0000' + p, k -> LanguageAnalyzers.analyze(p, language));
    }

    private static Found find(String id, List<LanguageAnalyzers.Term> terms, List<LanguageAnalyzers.Term> phrase) {
        if (phrase.isEmpty()) return null;
        Found best = null;
        for (int i = 0; i < terms.size(); i++) {
            int first = similarity(terms.get(i), phrase.get(0));
            if (first == 0) continue;
            int score = first;
            int at = i;
            boolean ok = true;
            for (int k = 1; k < phrase.size() && ok; k++) {
                ok = false;
                for (int j = at + 1; j <= Math.min(terms.size() - 1, at + 1 + MAX_GAP); j++) {
                    int s = similarity(terms.get(j), phrase.get(k));
                    if (s > 0) {
                        score += s - (j - at - 1);
                        at = j;
                        ok = true;
                        break;
                    }
                }
            }
            if (!ok) continue;
            Found f = new Found(id, score * 10 + phrase.size(), terms.get(i).start(), terms.get(at).end());
            if (best == null || f.score > best.score) best = f;
        }
        return best;
    }

    /** 3 for the same word, 2 for a one-edit typo of a long word, 0 otherwise. */
    private static int similarity(LanguageAnalyzers.Term a, LanguageAnalyzers.Term b) {
        if (a.term().equals(b.term())) return 3;
        String x = a.surface();
        String y = b.surface();
        if (x.length() >= MIN_FUZZY && y.length() >= MIN_FUZZY && Vocabulary.withinOneEdit(x, y)) return 2;
        return 0;
    }
}
