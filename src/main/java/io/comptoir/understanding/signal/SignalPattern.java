package io.comptoir.understanding.signal;

import io.comptoir.understanding.Signal;
import io.comptoir.understanding.text.Tokens;
import java.util.List;
import java.util.Set;

/**
 * One compiled pattern of signals.yaml. Syntax, word by word: {@code a|b} alternatives, {@code @CLASS} a word
 * class, {@code word?} optional, {@code *} a gap of up to three words, {@code pref*} a word prefix,
 * {@code <num>} a number, {@code ^} first word of a clause, {@code $} last word of a clause.
 */
record SignalPattern(Signal signal, String source, List<Element> elements, boolean anchoredStart,
                     boolean anchoredEnd, boolean containsNegation) {

    /** One position of a pattern. */
    record Element(Set<String> words, List<String> prefixes, boolean number, boolean gap, boolean optional) {
        boolean accepts(Tokens t, int i) {
            if (i >= t.size()) return false;
            if (number) return t.get(i).isNum();
            String w = t.w(i);
            if (words.contains(w)) return true;
            for (String p : prefixes) if (w.startsWith(p)) return true;
            return false;
        }
    }

    private static final int MAX_GAP = 3;

    /** Token index after the match starting at {@code i}, or -1. */
    int matchAt(Tokens t, int i) {
        if (anchoredStart && i > 0 && t.sameClause(i - 1, i)) return -1;
        return match(t, i, 0, i);
    }

    private int match(Tokens t, int clauseAnchor, int e, int i) {
        if (e == elements.size()) {
            boolean endOk = !anchoredEnd || i >= t.size() || !t.sameClause(clauseAnchor, i);
            return endOk ? i : -1;
        }
        Element el = elements.get(e);
        if (el.gap) {
            for (int g = 0; g <= MAX_GAP; g++) {
                if (g > 0 && (i + g - 1 >= t.size() || !t.sameClause(clauseAnchor, i + g - 1))) break;
                int r = match(t, clauseAnchor, e + 1, i + g);
                if (r >= 0) return r;
            }
            return -1;
        }
        if (i < t.size() && t.sameClause(clauseAnchor, i) && el.accepts(t, i)) {
            int r = match(t, clauseAnchor, e + 1, i + 1);
            if (r >= 0) return r;
        }
        return el.optional ? match(t, clauseAnchor, e + 1, i) : -1;
    }
}
