package io.comptoir.understanding.money;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import java.util.Locale;

/** The money words of one language (money.yaml), compiled into phrase tables. */
final class MoneyLexicon {
    enum Bound { MAX, MIN }

    final PhraseTable<String> currencies;
    final PhraseTable<Boolean> context;
    final PhraseTable<Boolean> currencyLinks;
    final PhraseTable<Bound> boundsBefore;
    final PhraseTable<Bound> boundsAfter;
    final PhraseTable<Boolean> rangeStart;
    final PhraseTable<Boolean> rangePair;
    final PhraseTable<Boolean> rangeLinks;
    final PhraseTable<Entity.Money.Period> periods;
    final PhraseTable<Entity.Money.Period> periodsBefore;
    final PhraseTable<Boolean> skipAfter;
    final PhraseTable<Boolean> followers;
    final PhraseTable<Boolean> blockersBefore;
    final PhraseTable<Boolean> approximate;
    final PhraseTable<Boolean> rejectedBefore;
    final PhraseTable<Boolean> minorUnits;
    final PhraseTable<Boolean> minorLinks;
    final PhraseTable<Boolean> notAfter;

    MoneyLexicon(JsonNode n, TextPipeline p) {
        currencies = new PhraseTable<>(p);
        LanguageData.listMap(n, "currencies").forEach((code, words) -> currencies.addAll(words, code));
        context = flags(n, "context", p);
        currencyLinks = flags(n, "currency_links", p);
        boundsBefore = new PhraseTable<Bound>(p).addAll(LanguageData.strings(n, "max_before"), Bound.MAX)
                .addAll(LanguageData.strings(n, "min_before"), Bound.MIN);
        boundsAfter = new PhraseTable<Bound>(p).addAll(LanguageData.strings(n, "max_after"), Bound.MAX)
                .addAll(LanguageData.strings(n, "min_after"), Bound.MIN);
        rangeStart = flags(n, "range_start", p);
        rangePair = flags(n, "range_pair", p);
        rangeLinks = flags(n, "range_links", p);
        periods = new PhraseTable<>(p);
        LanguageData.listMap(n, "periods").forEach((k, v) ->
                periods.addAll(v, Entity.Money.Period.valueOf(k.toUpperCase(Locale.ROOT))));
        periodsBefore = new PhraseTable<>(p);
        LanguageData.listMap(n, "periods_before").forEach((k, v) ->
                periodsBefore.addAll(v, Entity.Money.Period.valueOf(k.toUpperCase(Locale.ROOT))));
        skipAfter = flags(n, "skip_after", p);
        followers = flags(n, "followers", p);
        blockersBefore = flags(n, "blockers_before", p);
        approximate = flags(n, "approximate", p);
        rejectedBefore = flags(n, "rejected_before", p);
        minorUnits = flags(n, "minor_units", p);
        minorLinks = flags(n, "minor_links", p);
        notAfter = flags(n, "not_after", p);
    }

    private static PhraseTable<Boolean> flags(JsonNode n, String key, TextPipeline p) {
        return new PhraseTable<Boolean>(p).addAll(LanguageData.strings(n, key), Boolean.TRUE);
    }
}
