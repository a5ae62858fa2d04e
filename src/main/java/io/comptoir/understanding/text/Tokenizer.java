package io.comptoir.understanding.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into words, numbers and symbols. Numbers keep French and English digit grouping
 * ("1 200", "1.200", "5,000") and decimals ("1,5", "1.5"); elided articles ("l'", "j'") become their own word.
 */
public final class Tokenizer {
    private static final String CLAUSE_BREAKS = ",;()[]\"\n.!?";
    private static final String SENTENCE_BREAKS = ".!?;\n";
    private final Set<String> elisions;

    public Tokenizer(Set<String> elisions) { this.elisions = Set.copyOf(elisions); }

    public List<Token> tokenize(Folder.Folded folded, String original) {
        String t = folded.text();
        List<Token> out = new ArrayList<>();
        int clause = 0;
        int sentence = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == ' ') { i++; continue; }
            if (Character.isLetter(c)) {
                int j = i;
                while (j < n) {
                    char d = t.charAt(j);
                    if (Character.isLetter(d)) { j++; continue; }
                    if (d == '\'' && j + 1 < n && Character.isLetter(t.charAt(j + 1))) {
                        if (elisions.contains(t.substring(i, j))) break;
                        j++;
                        continue;
                    }
                    break;
                }
                String w = t.substring(i, j);
                boolean elided = j < n && t.charAt(j) == '\'' && elisions.contains(w);
                out.add(token(folded, original, w, Token.Kind.WORD, i, j, clause, sentence, null, elided));
                i = elided ? j + 1 : j;
                continue;
            }
            if (c >= '0' && c <= '9') {
                int j = scanNumber(t, i);
                String w = t.substring(i, j);
                out.add(token(folded, original, w, Token.Kind.NUM, i, j, clause, sentence, value(w), false));
                i = j;
                continue;
            }
            if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                clause++;
                if (SENTENCE_BREAKS.indexOf(c) >= 0) sentence++;
                i++;
                continue;
            }
            if (c == '-' && i > 0 && i + 1 < n && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '-' || c == '/' || c == '@' || c == '%' || c == '+' || c == '~' || c == '&' || c == '#'
                    || c == '<' || c == '>' || c == '=' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                out.add(token(folded, original, String.valueOf(c), Token.Kind.SYM, i, i + 1, clause, sentence, null, false));
            }
            i++;
        }
        return out;
    }

    private static Token token(Folder.Folded f, String original, String w, Token.Kind kind, int from, int to,
                               int clause, int sentence, BigDecimal number, boolean elided) {
        int start = f.originAt(from);
        int end = to > 0 ? f.originAt(to - 1) + 1 : start;
        boolean capital = start < original.length() && Character.isUpperCase(original.charAt(start));
        return new Token(w, kind, start, end, clause, sentence, number, capital, elided);
    }

    /** Digits with thousands groups (space, dot or comma followed by exactly three digits) and a short decimal part. */
    static int scanNumber(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && isDigit(t.charAt(j))) j++;
        int firstGroup = j - i;
        char groupSep = 0;
        while (j + 1 < n) {
            char sep = t.charAt(j);
            if (sep != ' ' && sep != ',' && sep != '.') break;
            int k = j + 1;
            while (k < n && isDigit(t.charAt(k))) k++;
            int digits = k - j - 1;
            boolean groupOk = digits == 3 && firstGroup <= 3 && (groupSep == 0 || groupSep == sep);
            if (groupOk) {
                groupSep = sep;
                j = k;
                continue;
            }
            if (sep != ' ' && sep != groupSep && digits >= 1 && digits <= 2) j = k;
            break;
        }
        return j;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Value of a scanned number: a separator before three digits groups thousands, before one or two it is the decimal point. */
    static BigDecimal value(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isDigit(c)) { b.append(c); continue; }
            int rest = 0;
            for (int k = i + 1; k < w.length() && isDigit(w.charAt(k)); k++) rest++;
            if (rest != 3) b.append('.');
        }
        try {
            return new BigDecimal(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
