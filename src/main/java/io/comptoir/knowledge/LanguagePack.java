package io.comptoir.knowledge;

import io.comptoir.ComptoirException;
import io.comptoir.understanding.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language data of the knowledge layer, read once from {@code lang/<code>/knowledge/}: stop words, SMS
 * expansions, neutral words, generic request verbs, out- and in-scope patterns and client templates. Kept out of the code so that adding a
 * language means adding files.
 */
final class LanguagePack {
    private static final Map<Language, LanguagePack> CACHE = new EnumMap<>(Language.class);

    final Language language;
    final Set<String> stopWords;
    final Map<String, String> sms;
    final Set<String> neutralWords;
    final Set<String> genericWords;
    final List<Pattern> outOfScope;
    final List<Pattern> inScope;
    /** Synonym groups every bot of the language shares ({@code synonyms.txt}), after the bot's own. */
    final List<List<String>> synonyms;
    private final Properties templates;

    private LanguagePack(Language language) {
        this.language = language;
        String dir = "/lang/" + language.code() + "/knowledge/";
        this.stopWords = words(lines(dir + "stopwords.txt"));
        this.neutralWords = words(lines(dir + "neutral.txt"));
        this.genericWords = words(lines(dir + "generic.txt"));
        this.sms = pairs(lines(dir + "sms.txt"));
        this.outOfScope = lines(dir + "out-of-scope.txt").stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        this.inScope = lines(dir + "in-scope.txt").stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        this.templates = properties(dir + "templates.properties");
        this.synonyms = lines(dir + "synonyms.txt").stream()
                .map(l -> java.util.Arrays.stream(l.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList()).toList();
    }

    static synchronized LanguagePack of(Language language) {
        return CACHE.computeIfAbsent(language, LanguagePack::new);
    }

    /** The template {@code key} with {@code {name}} placeholders replaced; pairs are name, value, name, value. */
    String text(String key, String... pairs) {
        String t = templates.getProperty(key);
        if (t == null) throw new ComptoirException("missing template '" + key + "' for " + language.code());
        for (int i = 0; i + 1 < pairs.length; i += 2) t = t.replace("{" + pairs[i] + "}", pairs[i + 1]);
        String elision = templates.getProperty("elision.pattern", "");
        return elision.isEmpty() ? t : t.replaceAll(elision, templates.getProperty("elision.replacement", ""));
    }

    /** An optional template, null when absent. */
    String optional(String key) {
        return templates.getProperty(key);
    }

    /** A price for clients: "1 490 €" (fr), "€1,490" (en); cents only when there are some. */
    String money(java.math.BigDecimal amount) {
        java.math.BigDecimal a = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        String whole = a.toBigInteger().toString();
        StringBuilder grouped = new StringBuilder();
        String group = templates.getProperty("money.group", " ");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) grouped.append(group);
            grouped.append(whole.charAt(i));
        }
        int cents = a.remainder(java.math.BigDecimal.ONE).movePointRight(2).abs().intValue();
        if (cents != 0) grouped.append(templates.getProperty("money.decimal", ".")).append(String.format("%02d", cents));
        return text("money.format", "amount", grouped.toString());
    }

    /** Lower case without accents: the form patterns and word lists are compared in. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s.toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(List<String> lines) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines) for (String w : line.split("\\s+")) if (!w.isBlank()) words.add(fold(w));
        return Set.copyOf(words);
    }

    private static Map<String, String> pairs(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) map.put(line.substring(0, eq).trim().toLowerCase(Locale.ROOT), line.substring(eq + 1).trim());
        }
        return Map.copyOf(map);
    }

    /** Non-blank lines that are not # comments. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = reader(resource)) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new ComptoirException("cannot read resource " + resource, e);
        }
        return out;
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (BufferedReader r = reader(resource)) {
            p.load(r);
        } catch (IOException e) {
            throw new ComptoirException("cannot read resource " + resource, e);
        }
        return p;
    }

    private static BufferedReader reader(String resource) {
        InputStream in = LanguagePack.class.getResourceAsStream(resource);
        if (in == null) return new BufferedReader(new StringReader(""));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
