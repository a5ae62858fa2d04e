package io.comptoir.understanding.text;

import java.math.BigDecimal;

/**
 * One unit of a folded message. {@code start}/{@code end} are offsets in the original text; {@code clause} and
 * {@code sentence} number the stretches between punctuation, so that grammars do not reach across them.
 *
 * @param w        folded form ("decembre", "1 200", "€")
 * @param number   numeric value of a NUM token, else null
 * @param capital  the original began with a capital letter ("M" for million)
 * @param elided   a French elided article or pronoun ("l'", "j'") that was followed by an apostrophe
 */
public record Token(String w, Kind kind, int start, int end, int clause, int sentence, BigDecimal number,
                    boolean capital, boolean elided) {
    public enum Kind { WORD, NUM, SYM }

    public boolean isWord() { return kind == Kind.WORD; }

    public boolean isNum() { return kind == Kind.NUM; }

    /** Same span and position, other word (used by expansions and typo correction). */
    public Token withWord(String word) {
        return new Token(word, Kind.WORD, start, end, clause, sentence, null, capital, false);
    }
}
