package io.comptoir.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Transform step of the pipeline: turns a raw client message into analysed query terms. Cleans control characters,
 * caps the length (a 10 kB paste is read, not rejected), expands SMS forms, repairs typos against the bot's
 * vocabulary, then runs the bot analyzer (elision, folding, stemming, synonyms).
 */
final class QueryTransformer {
    /** Beyond this many characters the rest of a message is ignored: questions are short, pastes are not. */
    static final int MAX_CHARS = 1000;
    static final int MAX_TERMS = 64;

    private final LanguagePack pack;
    private final Vocabulary vocabulary;
    private final BotAnalyzer analyzer;

    QueryTransformer(LanguagePack pack, Vocabulary vocabulary, BotAnalyzer analyzer) {
        this.pack = pack;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
    }

    /**
     * The last message normalised on this thread: one message is read by the scope check (twice) and the FAQ in a
     * row, and the typo repair is the costly part.
     */
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[2]);

    /** The message as it is analysed: cleaned, capped, SMS expanded, typos repaired (lower case, no accents). */
    String normalize(String text) {
        String[] memo = last.get();
        if (text != null && text.equals(memo[0])) return memo[1];
        String out = repair(text);
        memo[0] = text;
        memo[1] = out;
        return out;
    }

    private String repair(String text) {
        String s = text == null ? "" : text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", " ");
        if (s.length() > MAX_CHARS) {
            int cut = s.lastIndexOf(' ', MAX_CHARS);
            s = s.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS); // cut between words, not inside one
        }
        s = LanguagePack.fold(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        Matcher m = Vocabulary.WORD.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            out.append(replacement(m.group()));
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }

    /** Distinct analysed terms of the message, in order of appearance. */
    List<String> terms(String text) { return analysed(normalize(text)); }

    /** Distinct analysed terms of an already {@link #normalize normalised} message. */
    List<String> analysed(String normalized) {
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(normalized));
        return terms.stream().limit(MAX_TERMS).toList();
    }

    /** The words the client chose (in a {@link #normalize normalised} message) among those the synonym groups merge ("vidange" where "révision" heads its group). */
    Set<String> literalTerms(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : analyzer.literal().terms(normalized)) if (analyzer.grouped(t)) out.add(t);
        return out;
    }

    private String replacement(String word) {
        String sms = pack.sms.get(word);
        if (sms != null) return LanguagePack.fold(sms);
        if (pack.stopWords.contains(word) || pack.neutralWords.contains(word)) return word;
        return vocabulary.correct(word);
    }
}
