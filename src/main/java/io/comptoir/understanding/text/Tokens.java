package io.comptoir.understanding.text;

import java.util.List;

/** The analysed tokens of one message, with the original text they point into. */
public record Tokens(String original, List<Token> list) {
    public Tokens {
        list = List.copyOf(list);
    }

    public int size() { return list.size(); }

    public Token get(int i) { return list.get(i); }

    /** The folded word at {@code i}, or "" outside the message. */
    public String w(int i) { return i >= 0 && i < list.size() ? list.get(i).w() : ""; }

    public boolean sameClause(int i, int j) {
        return i >= 0 && j >= 0 && i < list.size() && j < list.size() && list.get(i).clause() == list.get(j).clause();
    }

    public boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < list.size() && j < list.size()
                && list.get(i).sentence() == list.get(j).sentence();
    }

    /** The client's own words from token {@code from} to token {@code to} inclusive. */
    public String text(int from, int to) {
        int s = list.get(from).start();
        int e = Math.max(s, list.get(to).end());
        return original.substring(s, Math.min(e, original.length())).strip();
    }
}
