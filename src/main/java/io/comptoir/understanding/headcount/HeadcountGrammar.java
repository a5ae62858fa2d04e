package io.comptoir.understanding.headcount;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.number.NumberSpan;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Tokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The size of the client's company or team: a number followed by a word for people ("8 salariés", "a dozen
 * people"), a group word before it ("une boîte de 45", "a team of 30"), or "on est 12". A count corrected on the
 * spot ("on est 3... enfin 4") gives the last number; a count per period ("5 personnes par mois") is a flow, not a
 * headcount. Words from headcount.yaml.
 */
public final class HeadcountGrammar {
    /** A headcount found over tokens [start, end). */
    public record Hit(int start, int end, int value) {}

    private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);
    private final PhraseTable<Boolean> people;
    private final PhraseTable<Boolean> groups;
    private final PhraseTable<Boolean> links;
    private final PhraseTable<Boolean> weAre;
    private final PhraseTable<Boolean> fillers;
    private final PhraseTable<Boolean> weAreFollowers;
    private final PhraseTable<Boolean> solo;
    private final PhraseTable<Boolean> soloNotBefore;
    private final PhraseTable<Boolean> soloNotAfter;
    private final PhraseTable<Boolean> corrections;
    private final PhraseTable<Boolean> ratePer;
    private final PhraseTable<Boolean> ratePeriods;

    public HeadcountGrammar(LanguageData data, TextPipeline p) {
        JsonNode n = data.file("headcount");
        people = flags(n, "people", p);
        groups = flags(n, "groups", p);
        links = flags(n, "group_links", p);
        weAre = flags(n, "we_are", p);
        fillers = flags(n, "fillers", p);
        weAreFollowers = flags(n, "we_are_followers", p);
        solo = flags(n, "solo", p);
        soloNotBefore = flags(n, "solo_not_before", p);
        soloNotAfter = flags(n, "solo_not_after", p);
        corrections = flags(n, "corrections", p);
        ratePer = flags(n, "rate_per", p);
        ratePeriods = flags(n, "rate_periods", p);
    }

    private static PhraseTable<Boolean> flags(JsonNode n, String key, TextPipeline p) {
        return new PhraseTable<Boolean>(p).addAll(LanguageData.strings(n, key), Boolean.TRUE);
    }

    public List<Hit> find(Tokens t, List<NumberSpan> numbers, boolean[] claimed) {
        List<Hit> out = new ArrayList<>();
        for (NumberSpan n : numbers) {
            if (n.weak() || claimed[n.start()] || !isCount(n.value())) continue;
            Hit h = at(t, n);
            if (h == null || perPeriod(t, h.end())) continue;
            h = corrected(t, h, numbers, claimed);
            for (int k = h.start(); k < h.end(); k++) claimed[k] = true;
            out.add(h);
        }
        if (out.isEmpty()) soloAt(t, claimed, out);
        return out;
    }

    /**
     * In reply to the count question: the first count that opens its clause (only fillers before it), as if "on est"
     * stood before it ("une cinquantaine je pense", "12 environ", "3... enfin 4").
     */
    public List<Hit> bare(Tokens t, List<NumberSpan> numbers, boolean[] claimed) {
        for (NumberSpan n : numbers) {
            if (n.weak() || claimed[n.start()] || !isCount(n.value())) continue;
            int j = skipFillersBack(t, n.start() - 1, n.start());
            if (j >= 0 && t.sameClause(j, n.start())) continue;
            Hit h = corrected(t, new Hit(n.start(), n.end(), n.value().intValue()), numbers, claimed);
            if (perPeriod(t, h.end())) continue;
            for (int k = h.start(); k < h.end(); k++) claimed[k] = true;
            return List.of(h);
        }
        return List.of();
    }

    /** "je travaille seul", "it's just me": a headcount of one. */
    private void soloAt(Tokens t, boolean[] claimed, List<Hit> out) {
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Boolean> m = claimed[i] ? null : solo.at(t, i);
            if (m == null || soloNotBefore.at(t, m.end()) != null && t.sameClause(i, m.end())) continue;
            // "plus que moi", "not just me", "more than just me": a comparison, not a team of one
            PhraseTable.Match<Boolean> before = soloNotAfter.endingAt(t, i - 1);
            if (before != null && t.sameClause(before.start(), i)) continue;
            for (int k = m.start(); k < m.end(); k++) claimed[k] = true;
            out.add(new Hit(m.start(), m.end(), 1));
            return;
        }
    }

    private Hit at(Tokens t, NumberSpan n) {
        int end = peopleAfter(t, n.end(), n.start());
        int start = groupBefore(t, n.start());
        if (start < 0 && end < 0) start = weAreBefore(t, n, n.start());
        if (start < 0 && end < 0) return null;
        return new Hit(start >= 0 ? start : n.start(), end >= 0 ? end : n.end(), n.value().intValue());
    }

    /** "par mois", "a month", "each quarter" right after the count: people hired or served per period. */
    private boolean perPeriod(Tokens t, int k) {
        PhraseTable.Match<Boolean> per = ratePer.at(t, k);
        return per != null && ratePeriods.at(t, per.end()) != null && t.sameSentence(k - 1, per.end());
    }

    /**
     * "on est 3... enfin 4", "25, well 35 actually": a correction word right after the count and a new count that
     * ends its clause (or is followed by people or a follower word) replace the value; repeated corrections chain.
     */
    private Hit corrected(Tokens t, Hit h, List<NumberSpan> numbers, boolean[] claimed) {
        while (true) {
            int k = h.end();
            PhraseTable.Match<Boolean> c = corrections.at(t, k);
            if (c == null) return h;
            while (corrections.at(t, c.end()) != null) c = corrections.at(t, c.end());
            NumberSpan next = spanAt(numbers, c.end());
            if (next == null || next.weak() || claimed[next.start()] || !isCount(next.value())) return h;
            int end = peopleAfter(t, next.end(), next.start());
            if (end < 0) {
                int a = next.end();
                boolean clauseEnds = a >= t.size() || !t.sameClause(next.last(), a);
                if (!clauseEnds && weAreFollowers.at(t, a) == null && corrections.at(t, a) == null) return h;
                end = next.end();
            }
            if (perPeriod(t, end)) return h;
            h = new Hit(h.start(), end, next.value().intValue());
        }
    }

    private static NumberSpan spanAt(List<NumberSpan> numbers, int start) {
        for (NumberSpan n : numbers) if (n.start() == start) return n;
        return null;
    }

    /** End of "personnes" / "de personnes" right after the number, or -1. */
    private int peopleAfter(Tokens t, int k, int anchor) {
        PhraseTable.Match<Boolean> link = links.at(t, k);
        PhraseTable.Match<Boolean> m = people.at(t, k);
        if (m == null && link != null) m = people.at(t, link.end());
        return m != null && t.sameClause(anchor, m.start()) ? m.end() : -1;
    }

    /** Start of "une équipe de" / "a team of" (and fillers) right before the number, or -1. */
    private int groupBefore(Tokens t, int k) {
        int j = skipFillersBack(t, k - 1, k);
        PhraseTable.Match<Boolean> link = links.endingAt(t, j);
        if (link == null || !t.sameClause(link.start(), k)) return -1;
        PhraseTable.Match<Boolean> g = groups.endingAt(t, link.start() - 1);
        if (g == null && link.start() >= 2 && t.get(link.start() - 1).isWord()) g = groups.endingAt(t, link.start() - 2);
        return g != null && t.sameClause(g.start(), k) ? g.start() : -1;
    }

    /** "on est 12", "we are about 20" (the number ends the clause or is followed by "dans la boîte"...). */
    private int weAreBefore(Tokens t, NumberSpan n, int k) {
        int j = skipFillersBack(t, k - 1, k);
        PhraseTable.Match<Boolean> w = weAre.endingAt(t, j);
        if (w == null || !t.sameClause(w.start(), k)) return -1;
        int after = n.end();
        boolean clauseEnds = after >= t.size() || !t.sameClause(n.last(), after);
        boolean follows = weAreFollowers.at(t, after) != null || corrections.at(t, after) != null;
        return clauseEnds || follows ? w.start() : -1;
    }

    private int skipFillersBack(Tokens t, int j, int anchor) {
        PhraseTable.Match<Boolean> f;
        while ((f = fillers.endingAt(t, j)) != null && t.sameClause(f.start(), anchor)) j = f.start() - 1;
        return j;
    }

    private static boolean isCount(BigDecimal v) {
        return v.signum() > 0 && v.compareTo(MAX) < 0 && v.stripTrailingZeros().scale() <= 0;
    }
}
