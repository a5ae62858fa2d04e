package io.comptoir.understanding.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a message into the tokens the grammars read: folded, split, SMS words and contractions expanded
 * ("jsp" → "je ne sais pas", "don't" → "do not"), typos fixed ("budjet" → "budget"). The same pipeline compiles
 * the lexicon phrases, so the two always agree; every lexicon word also feeds the typo vocabulary.
 */
public final class TextPipeline {
    private final Tokenizer tokenizer;
    private final Map<String, String[]> expansions = new HashMap<>();
    private final Map<String, String> suffixes;
    private final Map<String, String> typos;
    private final Vocabulary vocabulary = new Vocabulary();

    public TextPipeline(Set<String> elisions, Map<String, String> expansions, Map<String, String> suffixes,
                        Map<String, String> typos, Collection<String> knownWords) {
        this.tokenizer = new Tokenizer(elisions);
        this.suffixes = Map.copyOf(suffixes);
        this.typos = new HashMap<>();
        typos.forEach((k, v) -> this.typos.put(Folder.foldString(k), Folder.foldString(v)));
        expansions.forEach((k, v) -> this.expansions.put(Folder.foldString(k), Folder.foldString(v).trim().split(" +")));
        for (String w : knownWords) vocabulary.add(Folder.foldString(w));
        for (String[] words : this.expansions.values()) for (String w : words) vocabulary.add(w);
        for (String w : this.typos.values()) vocabulary.add(w);
    }

    /** The folded words of a lexicon phrase, contractions expanded as in messages; they join the typo vocabulary. */
    public String[] phrase(String phrase) {
        String folded = Folder.foldString(phrase);
        List<Token> raw = tokenizer.tokenize(Folder.fold(folded), folded);
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            if (t.isWord() && !t.elided()) expand(t, raw, i, tokens, false);
            else tokens.add(t);
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).w();
            vocabulary.add(words[i]);
        }
        return words;
    }

    public boolean knows(String word) { return vocabulary.knows(word); }

    /** Tokens of a message; characters inside {@code masks} (original offsets [start, end)) are skipped. */
    public Tokens analyse(String original, List<int[]> masks) {
        Folder.Folded folded = Folder.fold(original);
        if (!masks.isEmpty()) folded = mask(folded, masks);
        List<Token> raw = tokenizer.tokenize(folded, original);
        List<Token> out = new ArrayList<>(raw.size() + 4);
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            if (!t.isWord() || t.elided()) { out.add(t); continue; }
            expand(t, raw, i, out, true);
        }
        return new Tokens(original, out);
    }

    private void expand(Token t, List<Token> raw, int i, List<Token> out, boolean fixTypos) {
        String w = t.w();
        String fixed = typos.get(w);
        if (fixed != null) { out.add(t.withWord(fixed)); return; }
        String[] exp = expansions.get(w);
        if (exp != null && !alreadyFollowedBy(exp, raw, i)) {
            for (String e : exp) out.add(t.withWord(e));
            return;
        }
        if (exp == null && w.indexOf('\'') > 0) {
            for (Map.Entry<String, String> s : suffixes.entrySet()) {
                if (w.endsWith(s.getKey()) && w.length() > s.getKey().length()) {
                    out.add(t.withWord(w.substring(0, w.length() - s.getKey().length())));
                    if (!s.getValue().isEmpty()) out.add(t.withWord(s.getValue()));
                    return;
                }
            }
        }
        String corrected = fixTypos ? vocabulary.correct(w) : w;
        corrected = typos.getOrDefault(corrected, corrected);
        out.add(corrected.equals(w) ? t : t.withWord(corrected));
    }

    /** "c" expands to "c est" unless the message already says "c est". */
    private static boolean alreadyFollowedBy(String[] exp, List<Token> raw, int i) {
        if (exp.length < 2) return false;
        for (int k = 1; k < exp.length; k++) {
            if (i + k >= raw.size() || !raw.get(i + k).w().equals(exp[k])) return false;
        }
        return true;
    }

    private static Folder.Folded mask(Folder.Folded f, List<int[]> masks) {
        char[] chars = f.text().toCharArray();
        int[] origin = f.origin();
        for (int k = 0; k < chars.length; k++) {
            for (int[] m : masks) {
                if (origin[k] >= m[0] && origin[k] < m[1]) { chars[k] = ' '; break; }
            }
        }
        return new Folder.Folded(new String(chars), Arrays.copyOf(origin, origin.length));
    }
}
