package io.comptoir.knowledge;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings the verb forms clients type ("vous créez", "vous livrez") and the infinitives FAQ authors write ("créer",
 * "livrer") to one form before the light stemmer, which handles nouns and adjectives but leaves "-ez" alone: on
 * folded words of 5+ letters, "-ez", "-er" and "-ers" are removed ("creez", "creer" → "cree"), and so are the
 * conditional and future endings of -er verbs ("couterait", "coutera" → "cout").
 */
final class FrenchVerbEndingFilter extends TokenFilter {
    private static final String[] CONDITIONAL = {"eraient", "erions", "eriez", "erait", "erais", "erons",
        "eront", "erez", "erai", "eras", "era"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    private static boolean endsWith(char[] b, int len, String ending) {
        int n = ending.length();
        for (int i = 0; i < n; i++) if (b[len - n + i] != ending.charAt(i)) return false;
        return true;
    }

    FrenchVerbEndingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) return false;
        if (keyword.isKeyword()) return true;
        int len = term.length();
        char[] b = term.buffer();
        for (String ending : CONDITIONAL) {
            if (len >= ending.length() + 3 && endsWith(b, len, ending)) {
                term.setLength(len - ending.length());
                return true;
            }
        }
        if (len >= 6 && b[len - 3] == 'e' && b[len - 2] == 'r' && b[len - 1] == 's') {
            term.setLength(len - 3);
        } else if (len >= 5 && b[len - 2] == 'e' && (b[len - 1] == 'z' || b[len - 1] == 'r')) {
            term.setLength(len - 2);
        }
        return true;
    }
}
