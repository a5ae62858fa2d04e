package io.comptoir.wire;

import io.comptoir.understanding.Language;
import io.comptoir.understanding.TextMatcher;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A simple phrase matcher used until (or unless) the understanding layer provides one: phrases and text are
 * folded (case, accents, elision, punctuation, plural "s") and a phrase matches as a whole run of words.
 * Options come back in the order the client mentioned them.
 */
public final class FoldingTextMatcher implements TextMatcher {
    @Override
    public List<Match> matchAll(String text, List<Choice> choices, Language language) {
        String t = " " + fold(text) + " ";
        record Hit(Match match, int at, int length) {}
        List<Hit> hits = new ArrayList<>();
        for (Choice c : choices) {
            Hit best = null;
            for (String p : c.phrases()) {
                String f = fold(p);
                if (f.isEmpty()) continue;
                int at = t.indexOf(" " + f + " ");
                if (at >= 0 && (best == null || at < best.at() || (at == best.at() && f.length() > best.length()))) {
                    best = new Hit(new Match(c.id(), p), at, f.length());
                }
            }
            if (best != null) hits.add(best);
        }
        hits.sort(Comparator.comparingInt(Hit::at).thenComparing(Comparator.comparingInt(Hit::length).reversed()));
        return hits.stream().map(Hit::match).toList();
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("\\b[ldjmnstc]'", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        StringBuilder sb = new StringBuilder();
        for (String w : n.split(" ")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w);
        }
        return sb.toString();
    }
}
