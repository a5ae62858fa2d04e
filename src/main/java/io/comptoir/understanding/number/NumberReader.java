package io.comptoir.understanding.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads numbers written with digits ("1 200", "6k", "1,2 M") or words ("deux mille cinq cents", "a dozen").
 * Word runs are parsed by ICU4J's spell-out rules in lenient mode; the lexicon only says which words may form a
 * run. ICU's lenient parse is slow, so parsed runs are remembered (numbers in chat repeat a lot).
 */
public final class NumberReader {
    private static final int CACHE_LIMIT = 4096;
    private final Set<String> spelled = new HashSet<>();
    private final Set<String> joiners = new HashSet<>();
    private final Set<String> weak = new HashSet<>();
    private final Set<String> capitalScales = new HashSet<>();
    private final String articleNumber;
    private final PhraseTable<BigDecimal> scales;
    private final PhraseTable<BigDecimal> approximate;
    private final PhraseTable<Boolean> currencies;
    private final ThreadLocal<RuleBasedNumberFormat> icu;
    private final Map<String, BigDecimal> cache = new ConcurrentHashMap<>();
    private static final BigDecimal NONE = new BigDecimal("-1");

    public NumberReader(LanguageData data, TextPipeline pipeline) {
        JsonNode n = data.file("numbers");
        for (String s : LanguageData.strings(n, "spelled")) spelled.add(pipeline.phrase(s)[0]);
        for (String s : LanguageData.strings(n, "joiners")) joiners.add(pipeline.phrase(s)[0]);
        for (String s : LanguageData.strings(n, "weak")) weak.add(pipeline.phrase(s)[0]);
        for (String s : LanguageData.strings(n, "capital_scales")) capitalScales.add(pipeline.phrase(s)[0]);
        articleNumber = n.path("article_number").asText("");
        scales = new PhraseTable<>(pipeline);
        LanguageData.stringMap(n, "scales").forEach((k, v) -> scales.add(k, new BigDecimal(v)));
        approximate = new PhraseTable<>(pipeline);
        LanguageData.stringMap(n, "approximate").forEach((k, v) -> approximate.add(k, new BigDecimal(v)));
        currencies = new PhraseTable<>(pipeline);
        LanguageData.listMap(data.file("money"), "currencies").values().forEach(v -> currencies.addAll(v, Boolean.TRUE));
        ULocale locale = new ULocale(data.code());
        icu = ThreadLocal.withInitial(() -> {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            f.setLenientParseMode(true);
            return f;
        });
    }

    /** Every number in the message, left to right, skipping claimed tokens. */
    public List<NumberSpan> read(Tokens t, boolean[] claimed) {
        List<NumberSpan> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            NumberSpan s = claimed[i] ? null : readAt(t, i);
            if (s == null) { i++; continue; }
            out.add(s);
            i = s.end();
        }
        return out;
    }

    private NumberSpan readAt(Tokens t, int i) {
        Token tok = t.get(i);
        if (tok.isNum()) return tok.number() == null ? null : withScale(t, i, tok.number());
        if (!tok.isWord()) return null;
        if (weak.contains(tok.w())) return weakStart(t, i);
        if (!spelled.contains(tok.w())) return approximateAt(t, i, i, BigDecimal.ONE, false);
        for (int end = runEnd(t, i); end > i; end--) {
            if (joiners.contains(t.w(end - 1))) continue;
            BigDecimal v = parse(t, i, end);
            if (v != null) {
                NumberSpan approx = approximateAt(t, end, i, v, true);
                return approx != null ? approx : new NumberSpan(i, end, v, false, false, false);
            }
        }
        return null;
    }

    /** "un", "a": a number only before a scale or an approximate noun ("a hundred", "une douzaine"), else weak. */
    private NumberSpan weakStart(Tokens t, int i) {
        NumberSpan approx = approximateAt(t, i + 1, i, BigDecimal.ONE, false);
        if (approx != null) return approx;
        if (!articleNumber.isEmpty() && spelled.contains(t.w(i + 1)) && t.sameClause(i, i + 1)) {
            for (int end = runEnd(t, i + 1); end > i + 1; end--) {
                BigDecimal v = parse(articleNumber + " " + run(t, i + 1, end));
                if (v != null) return new NumberSpan(i, end, v, false, false, false);
            }
        }
        return new NumberSpan(i, i + 1, BigDecimal.ONE, false, true, false);
    }

    private NumberSpan approximateAt(Tokens t, int at, int start, BigDecimal factor, boolean spelledBefore) {
        PhraseTable.Match<BigDecimal> m = approximate.at(t, at);
        if (m == null || (at > start && !t.sameClause(start, at))) return null;
        return new NumberSpan(start, m.end(), factor.multiply(m.value()), false, false, false);
    }

    private NumberSpan withScale(Tokens t, int i, BigDecimal value) {
        PhraseTable.Match<BigDecimal> m = scales.at(t, i + 1);
        if (m != null && t.sameClause(i, i + 1) && scaleAllowed(t, i + 1, m)) {
            return new NumberSpan(i, m.end(), value.multiply(m.value()), true, false, true);
        }
        return new NumberSpan(i, i + 1, value, false, false, true);
    }

    /** "M" means million only as a capital or right before a currency ("1,2 M€", "1.5m dollars"). */
    private boolean scaleAllowed(Tokens t, int at, PhraseTable.Match<BigDecimal> m) {
        if (!capitalScales.contains(t.w(at))) return true;
        if (t.get(at).capital()) return true;
        return currencies.at(t, m.end()) != null && t.sameClause(at, m.end());
    }

    /** End of the run of number words starting at {@code i} ("deux mille cinq cents", "vingt et un"). */
    private int runEnd(Tokens t, int i) {
        int j = i + 1;
        while (j < t.size() && t.sameClause(i, j) && (spelled.contains(t.w(j))
                || (joiners.contains(t.w(j)) && spelled.contains(t.w(j + 1)) && t.sameClause(i, j + 1)))) j++;
        return j;
    }

    private static String run(Tokens t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) b.append(' ');
            b.append(t.w(k));
        }
        return b.toString();
    }

    private BigDecimal parse(Tokens t, int from, int to) { return parse(run(t, from, to)); }

    private BigDecimal parse(String run) {
        BigDecimal cached = cache.get(run);
        if (cached == null) {
            cached = parseWithIcu(run);
            if (cache.size() > CACHE_LIMIT) cache.clear();
            cache.put(run, cached);
        }
        return cached == NONE ? null : cached;
    }

    private BigDecimal parseWithIcu(String run) {
        ParsePosition pos = new ParsePosition(0);
        Number n;
        try {
            n = icu.get().parse(run, pos);
        } catch (RuntimeException e) {
            return NONE;
        }
        if (n == null || pos.getIndex() < run.length() || pos.getErrorIndex() >= 0) return NONE;
        BigDecimal v = new BigDecimal(n.toString());
        return v.signum() < 0 ? NONE : v;
    }
}
