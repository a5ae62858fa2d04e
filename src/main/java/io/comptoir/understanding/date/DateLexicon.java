package io.comptoir.understanding.date;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.util.List;
import java.util.Map;

/** The date words of one language (dates.yaml), compiled into phrase tables. */
final class DateLexicon {
    final boolean dayFirst;
    final boolean monthFirst;
    final PhraseTable<Integer> months;
    final PhraseTable<Integer> weekdays;
    final PhraseTable<Integer> ordinalWords;
    final PhraseTable<Holiday> events;
    final PhraseTable<DateGrammar.Rel> relative;
    final PhraseTable<String> units;
    final PhraseTable<String> partOf;
    final PhraseTable<Boolean> before;
    final PhraseTable<Boolean> within;
    final PhraseTable<Boolean> fromNow;
    final PhraseTable<Boolean> articles;
    final PhraseTable<Boolean> nextBefore;
    final PhraseTable<Boolean> nextAfter;
    final PhraseTable<Boolean> thisBefore;
    final PhraseTable<Boolean> inMonth;
    final PhraseTable<Boolean> ordinalSuffixes;
    final PhraseTable<Boolean> timeLinks;
    final PhraseTable<Boolean> timeWords;
    final PhraseTable<Boolean> dayPrefix;
    final PhraseTable<Boolean> idioms;
    final PhraseTable<Boolean> since;
    final PhraseTable<Boolean> lastBefore;
    final PhraseTable<Boolean> lastAfter;
    final PhraseTable<Boolean> weekdayDayLinks;
    final PhraseTable<Boolean> bareSeasons;
    final PhraseTable<Boolean> seasonLeads;
    final boolean dayAloneNeedsSuffix;
    final java.util.Set<String> notDates;

    DateLexicon(JsonNode n, TextPipeline p) {
        dayFirst = !"MDY".equalsIgnoreCase(n.path("numeric_order").asText("DMY"));
        monthFirst = n.path("month_before_day").asBoolean(false);
        months = numbered(n, "months", p);
        weekdays = numbered(n, "weekdays", p);
        ordinalWords = new PhraseTable<>(p);
        LanguageData.stringMap(n, "ordinal_words").forEach((k, v) -> ordinalWords.add(k, Integer.parseInt(v)));
        events = new PhraseTable<>(p);
        LanguageData.listMap(n, "events").forEach((k, v) -> events.addAll(v, Holiday.parse(k)));
        LanguageData.listMap(n, "holidays").forEach((k, v) -> events.addAll(v, Holiday.parse(k)));
        relative = new PhraseTable<>(p);
        LanguageData.stringMap(n, "relative_days").forEach((k, v) -> {
            long days = Long.parseLong(v);
            relative.add(k, d -> d.plusDays(days));
        });
        Map<String, DateGrammar.Rel> named = DateMath.namedRelatives();
        LanguageData.listMap(n, "relative_phrases").forEach((k, v) -> {
            DateGrammar.Rel r = named.get(k);
            if (r == null) throw new IllegalArgumentException("dates.yaml: unknown relative_phrases key " + k);
            relative.addAll(v, r);
        });
        units = new PhraseTable<>(p);
        LanguageData.listMap(n, "units").forEach((k, v) -> units.addAll(v, k));
        partOf = new PhraseTable<>(p);
        partOf.addAll(LanguageData.strings(n, "end_of"), "end");
        partOf.addAll(LanguageData.strings(n, "start_of"), "start");
        partOf.addAll(LanguageData.strings(n, "mid_of"), "mid");
        before = flags(n, "before", p);
        within = flags(n, "within", p);
        fromNow = flags(n, "from_now", p);
        articles = flags(n, "articles", p);
        nextBefore = flags(n, "next_before", p);
        nextAfter = flags(n, "next_after", p);
        thisBefore = flags(n, "this_before", p);
        inMonth = flags(n, "in_month", p);
        ordinalSuffixes = flags(n, "ordinal_suffixes", p);
        timeLinks = flags(n, "time_links", p);
        timeWords = flags(n, "time_words", p);
        dayPrefix = flags(n, "day_alone_prefix", p);
        idioms = flags(n, "idioms", p);
        since = flags(n, "since", p);
        lastBefore = flags(n, "last_before", p);
        lastAfter = flags(n, "last_after", p);
        weekdayDayLinks = flags(n, "weekday_day_links", p);
        bareSeasons = flags(n, "bare_seasons", p);
        seasonLeads = flags(n, "season_leads", p);
        dayAloneNeedsSuffix = n.path("day_alone_needs_suffix").asBoolean(false);
        notDates = java.util.Set.copyOf(LanguageData.strings(n, "not_dates"));
    }

    /** The day of a month written at token {@code k} ("15", "1er", "first"), or 0. */
    int dayNumber(Tokens t, int k) {
        if (k >= t.size()) return 0;
        PhraseTable.Match<Integer> ord = ordinalWords.at(t, k);
        if (ord != null) return ord.value();
        Token tok = t.get(k);
        if (!tok.isNum() || tok.w().length() > 2) return 0;
        int d = DateMath.intOf(tok);
        return d >= 1 && d <= 31 ? d : 0;
    }

    static PhraseTable<Integer> numbered(JsonNode n, String key, TextPipeline p) {
        PhraseTable<Integer> t = new PhraseTable<>(p);
        for (Map.Entry<String, List<String>> e : LanguageData.listMap(n, key).entrySet()) {
            t.addAll(e.getValue(), Integer.parseInt(e.getKey()));
        }
        return t;
    }

    static PhraseTable<Boolean> flags(JsonNode n, String key, TextPipeline p) {
        return new PhraseTable<Boolean>(p).addAll(LanguageData.strings(n, key), Boolean.TRUE);
    }
}
