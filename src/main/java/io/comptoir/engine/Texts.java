package io.comptoir.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.comptoir.ComptoirException;
import io.comptoir.understanding.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client wording of one language, read from {@code lang/<code>/engine/replies.yaml}: each key holds one or
 * more variants, picked deterministically by turn index so that the bot does not repeat itself word for word.
 */
public final class Texts {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-z_]+)}");
    private static final Map<String, Texts> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private final Language language;
    private final Map<String, List<String>> entries;

    private Texts(Language language, Map<String, List<String>> entries) {
        this.language = language;
        this.entries = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(entries)); // read on every message
    }

    /** The engine's client wording. */
    public static Texts of(Language language) { return of(language, "engine/replies.yaml"); }

    /** Any wording file under {@code lang/<code>/}, e.g. {@code note/note.yaml}. */
    public static Texts of(Language language, String file) {
        return CACHE.computeIfAbsent(language.code() + "/" + file, k -> load(language, file));
    }

    private static Texts load(Language language, String file) {
        String path = "/lang/" + language.code() + "/" + file;
        try (InputStream in = Texts.class.getResourceAsStream(path)) {
            if (in == null) throw new ComptoirException("missing resource " + path);
            Map<String, List<String>> map = new YAMLMapper().readValue(in, new TypeReference<>() {});
            return new Texts(language, map);
        } catch (IOException e) {
            throw new ComptoirException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public Language language() { return language; }

    /** Every key and its variants (for the jargon test). */
    public Map<String, List<String>> all() { return entries; }

    /** All variants of a key (word lists such as interrogative words). */
    public List<String> list(String key) {
        List<String> l = entries.get(key);
        if (l == null) throw new ComptoirException("reply template '" + key + "' missing for " + language.code());
        return l;
    }

    public boolean has(String key) { return entries.containsKey(key); }

    /**
     * The first of {@code keys} (that exists) whose variant for {@code seed} has every placeholder filled by a
     * non-empty value: a client message never shows a hole such as "l'invitation à ." when a detail is missing.
     */
    public String pickFilled(List<String> keys, int seed, String... namesAndValues) {
        for (String key : keys) {
            if (!has(key)) continue;
            List<String> variants = list(key);
            String t = variants.get(Math.floorMod(seed, variants.size()));
            boolean complete = true;
            for (java.util.regex.Matcher m = PLACEHOLDER.matcher(t); m.find() && complete; ) {
                String v = null;
                for (int i = 0; i + 1 < namesAndValues.length; i += 2) if (namesAndValues[i].equals(m.group(1))) v = namesAndValues[i + 1];
                complete = v != null && !v.isBlank();
            }
            if (complete) return fill(t, namesAndValues);
        }
        return null;
    }

    /** One variant chosen by {@code seed}, with {name} placeholders filled. */
    public String pick(String key, int seed, String... namesAndValues) {
        List<String> variants = list(key);
        return fill(variants.get(Math.floorMod(seed, variants.size())), namesAndValues);
    }

    public static String fill(String template, String... namesAndValues) {
        if (namesAndValues.length == 0 || template.indexOf('{') < 0) return template;
        // one pass over the template (this runs for every reply)
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            if (close < 0) break;
            String value = null;
            boolean known = false;
            for (int i = 0; i + 1 < namesAndValues.length && !known; i += 2) {
                String name = namesAndValues[i];
                if (name.length() == close - open - 1 && template.startsWith(name, open + 1)) {
                    known = true;
                    value = namesAndValues[i + 1];
                }
            }
            out.append(template, from, open);
            if (known) out.append(value == null ? "" : value);
            else out.append(template, open, close + 1);
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    /** Lower-cased, accent-free form used to compare client text with word lists. */
    public static String fold(String s) {
        // this runs many times on every message: Latin text is folded char by char from a table, and only other
        // scripts take the full Unicode path (same result: a decomposed accent is a mark, and marks are dropped)
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FOLDED.length) return slowFold(s);
            char f = FOLDED[c];
            if (f == 0) return slowFold(s);
            if (f != c && out == null) out = s.toCharArray();
            if (out != null) out[i] = f;
        }
        return out == null ? s : new String(out);
    }

    private static String slowFold(String s) {
        String n = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The fold of each Latin char that folds to exactly one char; 0 where the full path is needed. */
    private static final char[] FOLDED = new char[0x2200];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) continue;
            String f = slowFold(String.valueOf(c));
            if (f.length() == 1) FOLDED[c] = f.charAt(0);
        }
        FOLDED['\u03a3'] = 0; // capital sigma lower-cases by its place in the word
    }
}
