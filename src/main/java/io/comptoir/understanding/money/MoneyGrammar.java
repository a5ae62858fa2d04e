package io.comptoir.understanding.money;

import io.comptoir.understanding.Entity;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.number.NumberSpan;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts of money: a number with a currency ("3k€", "$5,000", "cinq mille euros"), a period ("500 par mois") or
 * in a budget context ("budget autour de 6k"); bounds ("max", "at least") give min or max, ranges ("entre X et
 * Y", "X-Y") give both. A bare number followed by another noun ("2 enfants") or after "le"/"au" is not money.
 */
public final class MoneyGrammar {
    private static final int CONTEXT_WINDOW = 8;
    private final MoneyLexicon lx;

    public MoneyGrammar(LanguageData data, TextPipeline pipeline) {
        this.lx = new MoneyLexicon(data.file("money"), pipeline);
    }

    /** Money found over tokens [start, end) with its entity. */
    public record Hit(int start, int end, Entity.Money money) {}

    /** What surrounds one figure: currency before or after it, and where its words end. */
    private record Figure(NumberSpan n, int start, int end, String currency) {}

    public List<Hit> find(Tokens t, List<NumberSpan> numbers, boolean[] claimed) {
        NumberSpan[] numberAt = new NumberSpan[t.size()];
        for (NumberSpan n : numbers) numberAt[n.start()] = n;
        List<Hit> out = new ArrayList<>();
        for (NumberSpan n : numbers) {
            // "a dollar", "un euro": the article is a figure only right before a currency word
            PhraseTable.Match<String> named = n.weak() ? lx.currencies.at(t, n.end()) : null;
            boolean weak = n.weak() && (named == null || isSymbol(t, named));
            if (weak || claimed[n.start()] || n.value().signum() <= 0) continue;
            Hit h = at(t, n, numberAt, claimed);
            if (h == null) continue;
            for (int k = h.start(); k < h.end(); k++) claimed[k] = true;
            out.add(h);
        }
        return out;
    }

    private Hit at(Tokens t, NumberSpan n, NumberSpan[] numberAt, boolean[] claimed) {
        Figure a = figure(t, n);
        Figure b = secondOfRange(t, a, numberAt, claimed);
        Figure last = b != null ? b : a;
        String currency = a.currency != null ? a.currency : b != null ? b.currency : null;
        int start = a.start;
        if (b != null) {
            PhraseTable.Match<Boolean> rs = lx.rangeStart.endingAt(t, start - 1);
            if (rs != null) start = rs.start();
        }
        int end = last.end;
        Entity.Money.Period period = null;
        MoneyLexicon.Bound bound = null;
        for (int round = 0; round < 4 && end < t.size() && t.sameClause(last.start, end); round++) {
            PhraseTable.Match<String> c = currency == null ? lx.currencies.at(t, end) : null;
            PhraseTable.Match<Entity.Money.Period> p = period == null ? lx.periods.at(t, end) : null;
            PhraseTable.Match<MoneyLexicon.Bound> ba = bound == null && b == null ? lx.boundsAfter.at(t, end) : null;
            PhraseTable.Match<Boolean> s = lx.skipAfter.at(t, end);
            if (c != null) { currency = c.value(); end = c.end(); }
            else if (p != null) { period = p.value(); end = p.end(); }
            else if (ba != null) { bound = ba.value(); end = ba.end(); }
            else if (s != null && round < 3) { end = s.end(); }
            else break;
        }
        if (bound == null && b == null) {
            int j = skipApproximateBack(t, start - 1, start);
            PhraseTable.Match<MoneyLexicon.Bound> bb = lx.boundsBefore.endingAt(t, j);
            if (bb != null && t.sameClause(bb.start(), start)) { bound = bb.value(); start = bb.start(); }
        }
        if (period == null) period = periodBefore(t, start);
        if (!isMoney(t, a, b, currency, period, bound, start, end) || rejected(t, start)) return null;
        BigDecimal cents = null;
        int[] minor = b == null && currency != null ? minor(t, end, numberAt, claimed) : null;
        if (minor != null) { cents = BigDecimal.valueOf(minor[0], 2); end = minor[1]; }
        return new Hit(start, end, money(t, start, end, a, b, currency, period, bound, cents));
    }

    /**
     * "3 dollars 50", "1 USD et 23 centimes", "$20 and 43c": the cents after an amount with its currency, named
     * ("cents", "pence") or closing the clause: {cents, end token}, or null.
     */
    private int[] minor(Tokens t, int end, NumberSpan[] numberAt, boolean[] claimed) {
        PhraseTable.Match<Boolean> link = lx.minorLinks.at(t, end);
        int k = link != null ? link.end() : end;
        if (k >= t.size() || numberAt[k] == null || claimed[k] || !t.sameClause(end - 1, k)) return null;
        NumberSpan n = numberAt[k];
        if (n.value().stripTrailingZeros().scale() > 0 || n.value().intValue() < 1 || n.value().intValue() > 99) return null;
        PhraseTable.Match<Boolean> unit = lx.minorUnits.at(t, n.end());
        if (unit != null && t.sameClause(k, unit.start())) return new int[]{n.value().intValue(), unit.end()};
        boolean closes = n.end() >= t.size() || !t.sameClause(k, n.end());
        return closes && !n.scaled() ? new int[]{n.value().intValue(), n.end()} : null;
    }

    private Entity.Money money(Tokens t, int start, int end, Figure a, Figure b, String currency,
                               Entity.Money.Period period, MoneyLexicon.Bound bound, BigDecimal cents) {
        String text = t.text(start, end - 1);
        BigDecimal v = cents == null ? a.n.value() : a.n.value().add(cents);
        if (b != null) {
            BigDecimal hi = b.n.value();
            BigDecimal lo = scaleLowerEnd(a.n, v, hi, b.n);
            return new Entity.Money(text, null, lo, hi, currency, period);
        }
        if (bound == MoneyLexicon.Bound.MAX) return new Entity.Money(text, null, null, v, currency, period);
        if (bound == MoneyLexicon.Bound.MIN) return new Entity.Money(text, null, v, null, currency, period);
        return new Entity.Money(text, v, null, null, currency, period);
    }

    /** "un budget mensuel de 500 €", "annual budget of 50k": a period word shortly before the amount. */
    private Entity.Money.Period periodBefore(Tokens t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 3) && t.sameClause(k, start); k--) {
            PhraseTable.Match<Entity.Money.Period> m = lx.periodsBefore.at(t, k);
            if (m != null) return m.value();
        }
        return null;
    }

    /** "entre 3 et 4 000 €", "3-4k": the lower end shares the upper end's thousands. */
    private static BigDecimal scaleLowerEnd(NumberSpan a, BigDecimal lo, BigDecimal hi, NumberSpan b) {
        if (a.scaled() || lo.compareTo(hi) >= 0) return lo;
        for (BigDecimal f : new BigDecimal[]{BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(1000)}) {
            BigDecimal scaled = lo.multiply(f);
            if (hi.compareTo(f) >= 0 && lo.compareTo(BigDecimal.valueOf(1000)) < 0 && scaled.compareTo(hi) <= 0
                    && scaled.multiply(BigDecimal.TEN).compareTo(hi) > 0) return scaled;
        }
        return lo;
    }

    private Figure figure(Tokens t, NumberSpan n) {
        int start = n.start();
        String currency = null;
        PhraseTable.Match<String> pre = lx.currencies.endingAt(t, n.start() - 1);
        if (pre != null && t.sameClause(pre.start(), n.start()) && (isSymbol(t, pre) || isCode(t, pre))) {
            currency = pre.value();
            start = pre.start();
        }
        int end = n.end();
        PhraseTable.Match<String> post = currency == null ? lx.currencies.at(t, end) : null;
        PhraseTable.Match<Boolean> link = currency == null && post == null && (n.scaled() || !n.digits()) ? lx.currencyLinks.at(t, end) : null;
        if (link != null) post = lx.currencies.at(t, link.end());
        if (post != null && t.sameClause(n.last(), post.start())) { currency = post.value(); end = post.end(); }
        return new Figure(n, start, end, currency);
    }

    /** "$", "€", or a phrase ending with one ("US$", "C$"). */
    private static boolean isSymbol(Tokens t, PhraseTable.Match<String> m) {
        return t.get(m.end() - 1).kind() == Token.Kind.SYM;
    }

    /** Currency codes may stand before the figure ("EUR 500", "USD 200"), words may not ("euros 500"). */
    private static boolean isCode(Tokens t, PhraseTable.Match<String> pre) {
        return pre.length() == 1 && t.w(pre.start()).equalsIgnoreCase(pre.value());
    }

    private Figure secondOfRange(Tokens t, Figure a, NumberSpan[] numberAt, boolean[] claimed) {
        int k = a.end;
        PhraseTable.Match<Boolean> link = lx.rangeLinks.at(t, k);
        if (link == null) {
            link = lx.rangePair.at(t, k);
            if (link == null || lx.rangeStart.endingAt(t, a.start - 1) == null) return null;
        }
        int j = link.end();
        PhraseTable.Match<String> pre = lx.currencies.at(t, j);
        if (pre != null && isSymbol(t, pre)) j = pre.end();
        else pre = null;
        if (j >= t.size() || numberAt[j] == null || claimed[j] || !t.sameClause(a.start, j)) return null;
        NumberSpan second = numberAt[j];
        if (second.weak() || second.value().compareTo(a.n.value()) <= 0) return null;
        Figure b = figure(t, second);
        return new Figure(second, pre != null ? pre.start() : b.start, b.end,
                b.currency != null ? b.currency : pre != null ? pre.value() : null);
    }

    private boolean isMoney(Tokens t, Figure a, Figure b, String currency, Entity.Money.Period period,
                            MoneyLexicon.Bound bound, int start, int end) {
        PhraseTable.Match<Boolean> percent = lx.notAfter.at(t, a.n.end());
        if (percent != null && t.sameClause(a.n.last(), percent.start())) return false;
        if (currency != null) return true;
        if (isYear(a.n) || bound == null && blocked(t, a.start)) return false;
        if (end < t.size() && t.get(end).isWord() && t.sameClause(start, end)
                && lx.followers.at(t, end) == null && lx.context.at(t, end) == null) return false;
        if (period != null || contextAround(t, start, end)) return true;
        boolean scaledDigits = a.n.scaled() && a.n.digits() || b != null && b.n.scaled() && b.n.digits();
        return scaledDigits || (bound != null && a.n.value().compareTo(BigDecimal.valueOf(100)) >= 0);
    }

    /** "c'est 3000 €, pas 2000": the figure after "pas" is the one being corrected away. */
    private boolean rejected(Tokens t, int start) {
        PhraseTable.Match<Boolean> m = lx.rejectedBefore.endingAt(t, start - 1);
        return m != null && t.sameSentence(m.start(), start);
    }

    private boolean blocked(Tokens t, int start) {
        PhraseTable.Match<Boolean> m = lx.blockersBefore.endingAt(t, start - 1);
        return m != null && t.sameClause(m.start(), start);
    }

    private static boolean isYear(NumberSpan n) {
        return n.digits() && !n.scaled() && n.value().stripTrailingZeros().scale() <= 0
                && n.value().compareTo(BigDecimal.valueOf(1990)) >= 0 && n.value().compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    /** A budget word in the same sentence, shortly before the figure or right after it ("5000 de budget"). */
    private boolean contextAround(Tokens t, int start, int end) {
        for (int k = start - 1; k >= Math.max(0, start - CONTEXT_WINDOW) && t.sameSentence(k, start); k--) {
            if (lx.context.at(t, k) != null) return true;
        }
        for (int k = end; k < Math.min(t.size(), end + 3) && t.sameClause(k, end); k++) {
            if (lx.context.at(t, k) != null) return true;
        }
        return false;
    }

    private int skipApproximateBack(Tokens t, int j, int anchor) {
        PhraseTable.Match<Boolean> m;
        while ((m = lx.approximate.endingAt(t, j)) != null && t.sameClause(m.start(), anchor)) j = m.start() - 1;
        return j;
    }
}
