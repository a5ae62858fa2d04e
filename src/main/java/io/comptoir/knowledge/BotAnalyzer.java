package io.comptoir.knowledge;

import io.comptoir.ComptoirException;
import io.comptoir.understanding.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The bot language's analysis: lower case, elision (fr), accent folding, stop words, light stemming (French light
 * stemmer, English KStem) and the bot's synonym groups. Synonyms are canonicalised (every term of a group becomes
 * the group's first term) at index and query time alike, so "site internet" and "site web" meet "site vitrine".
 * Folding comes before stemming so that a word typed with or without accents is stemmed the same way.
 */
final class BotAnalyzer extends Analyzer {
    private final Language language;
    private final CharArraySet stopSet;
    private final SynonymMap synonyms;
    /** The same analysis without the synonyms: the client's own words, to tell apart entries the synonyms merge. */
    private final BotAnalyzer literal;
    /** Every word of a synonym group, as the literal analysis gives it. */
    private final java.util.Set<String> grouped = new java.util.HashSet<>();

    BotAnalyzer(Language language, List<List<String>> synonymGroups) {
        this.language = language;
        this.stopSet = stopSet(language);
        this.literal = new BotAnalyzer(language, stopSet);
        this.synonyms = synonymMap(literal, synonymGroups);
        for (List<String> group : synonymGroups) for (String term : group) grouped.addAll(literal.terms(term));
    }

    private BotAnalyzer(Language language, CharArraySet stopSet) {
        this.language = language;
        this.stopSet = stopSet;
        this.synonyms = null;
        this.literal = this;
    }

    /** The analysis without synonyms ("vidange" stays "vidange" where the author grouped it with "révision"). */
    BotAnalyzer literal() { return literal; }

    /** Whether a literal term is one of the words the synonym groups merge. */
    boolean grouped(String literalTerm) { return grouped.contains(literalTerm); }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        if (language == Language.FR) ts = new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES);
        ts = new ASCIIFoldingFilter(ts);
        ts = new StopFilter(ts, stopSet);
        ts = language == Language.FR ? new FrenchLightStemFilter(new FrenchVerbEndingFilter(ts)) : new KStemFilter(new EnglishPossessiveFilter(ts));
        if (synonyms != null) ts = new FlattenGraphFilter(new SynonymGraphFilter(ts, synonyms, true));
        return new TokenStreamComponents(source, ts);
    }

    /** The analysed terms of {@code text}, in order (duplicates kept). */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static CharArraySet stopSet(Language language) {
        CharArraySet base = language == Language.FR ? FrenchAnalyzer.getDefaultStopSet()
                : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        CharArraySet set = new CharArraySet(256, true);
        for (Object w : base) set.add(LanguagePack.fold(new String((char[]) w)));
        set.addAll(LanguagePack.of(language).stopWords);
        return CharArraySet.unmodifiableSet(set);
    }

    private static SynonymMap synonymMap(BotAnalyzer base, List<List<String>> groups) {
        if (groups.isEmpty()) return null;
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            int added = 0;
            for (List<String> group : groups) {
                CharsRef canonical = phrase(base, group.get(0));
                if (canonical == null) continue;
                for (String term : group.subList(1, group.size())) {
                    CharsRef input = phrase(base, term);
                    if (input == null || input.equals(canonical)) continue;
                    builder.add(input, canonical, false);
                    added++;
                }
            }
            return added == 0 ? null : builder.build();
        } catch (IOException e) {
            throw new ComptoirException("cannot build the synonym map", e);
        }
    }

    private static CharsRef phrase(BotAnalyzer base, String text) {
        List<String> words = base.terms(text);
        return words.isEmpty() ? null : SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
    }
}
