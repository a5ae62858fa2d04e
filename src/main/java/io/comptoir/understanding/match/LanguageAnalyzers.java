package io.comptoir.understanding.match;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.lang.LanguageData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The reusable text normaliser: one Lucene analyzer per language (standard tokenizer, elision, lower case,
 * ASCII folding, stop words, light stemming), configured by lang/&lt;code&gt;/understanding/matching.yaml.
 * The knowledge layer can use the same analyzers for its index and scope vocabulary.
 */
public final class LanguageAnalyzers {
    /** One analysed word, its folded unstemmed form (for typo tolerance) and where it is in the original text. */
    public record Term(String term, String surface, int start, int end) {}

    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);
    private static final Map<Language, Analyzer> SURFACE = new EnumMap<>(Language.class);

    private LanguageAnalyzers() {}

    public static synchronized Analyzer analyzer(Language language) {
        return ANALYZERS.computeIfAbsent(language, l -> build(l, true));
    }

    private static synchronized Analyzer surfaceAnalyzer(Language language) {
        return SURFACE.computeIfAbsent(language, l -> build(l, false));
    }

    /** The analysed words of a text, e.g. "Je veux vendre en ligne !" → [vendr, lign]. */
    public static List<String> terms(String text, Language language) {
        List<String> out = new ArrayList<>();
        for (Term t : analyze(text, language)) out.add(t.term());
        return out;
    }

    public static List<Term> analyze(String text, Language language) {
        List<Term> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        List<String[]> stems = run(analyzer(language), text);
        List<String[]> surfaces = run(surfaceAnalyzer(language), text);
        for (int i = 0; i < stems.size(); i++) {
            String[] s = stems.get(i);
            String surface = i < surfaces.size() ? surfaces.get(i)[0] : s[0];
            out.add(new Term(s[0], surface, Integer.parseInt(s[1]), Integer.parseInt(s[2])));
        }
        return out;
    }

    private static List<String[]> run(Analyzer analyzer, String text) {
        List<String[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new String[]{term.toString(), String.valueOf(offset.startOffset()), String.valueOf(offset.endOffset())});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer build(Language language, boolean stemming) {
        JsonNode n = new LanguageData(language.code()).file("matching");
        CharArraySet elisions = new CharArraySet(LanguageData.strings(n, "elisions"), true);
        CharArraySet stopwords = new CharArraySet(LanguageData.strings(n, "stopwords"), true);
        String stemmer = n.path("stemmer").asText("");
        TokenFilterFactory stem = stemmer.isEmpty() || !stemming ? null : TokenFilterFactory.forName(stemmer, new HashMap<>());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ElisionFilter(source, elisions);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                ts = new StopFilter(ts, stopwords);
                if (stem != null) ts = stem.create(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }
}
