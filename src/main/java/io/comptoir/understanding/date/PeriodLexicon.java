package io.comptoir.understanding.date;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;

/** The period words of one language (periods.yaml), compiled into phrase tables. */
final class PeriodLexicon {
    /** A qualifier with a count ("the upcoming two weeks") names the n-th period ahead. */
    static final int AHEAD = 99;
    final PhraseTable<String> units;
    final PhraseTable<Integer> qualifiers;
    final PhraseTable<Integer> countWords;
    final PhraseTable<Boolean> agoBefore;
    final PhraseTable<Boolean> agoAfter;
    final PhraseTable<Integer> offsets;
    final PhraseTable<Integer> dayRelative;
    final PhraseTable<Integer> ordinals;
    final PhraseTable<Boolean> fromEnd;
    final PhraseTable<Boolean> dayWords;
    final PhraseTable<Boolean> halfMonths;
    final PhraseTable<Boolean> ofWords;
    final PhraseTable<Integer> weekdayPlurals;
    final PhraseTable<Integer> weekdayOffsets;
    final PhraseTable<Boolean> rangeStarts;
    final PhraseTable<Boolean> rangeLinks;
    final PhraseTable<Boolean> pairLinks;
    final PhraseTable<Boolean> pairStarts;
    final PhraseTable<Boolean> dayRangeStarts;
    final PhraseTable<Boolean> yearLeads;
    final PhraseTable<Boolean> quarterLetters;
    final PhraseTable<Boolean> afterOnly;

    PeriodLexicon(JsonNode n, TextPipeline p) {
        units = new PhraseTable<>(p);
        LanguageData.listMap(n, "units").forEach((k, v) -> units.addAll(v, k));
        qualifiers = new PhraseTable<>(p);
        LanguageData.listMap(n, "qualifiers").forEach((k, v) -> qualifiers.addAll(v, "ahead".equals(k) ? AHEAD : Integer.parseInt(k)));
        countWords = new PhraseTable<>(p);
        LanguageData.stringMap(n, "count_words").forEach((k, v) -> countWords.add(k, Integer.parseInt(v)));
        agoBefore = DateLexicon.flags(n, "ago_before", p);
        agoAfter = DateLexicon.flags(n, "ago_after", p);
        offsets = new PhraseTable<>(p);
        offsets.addAll(LanguageData.strings(n, "offset_after"), 1);
        offsets.addAll(LanguageData.strings(n, "offset_before"), -1);
        dayRelative = DateLexicon.numbered(n, "day_relative", p);
        ordinals = DateLexicon.numbered(n, "ordinals", p);
        fromEnd = DateLexicon.flags(n, "from_end", p);
        dayWords = DateLexicon.flags(n, "day_words", p);
        halfMonths = DateLexicon.flags(n, "half_months", p);
        ofWords = DateLexicon.flags(n, "of_words", p);
        weekdayPlurals = DateLexicon.numbered(n, "weekday_plurals", p);
        weekdayOffsets = DateLexicon.numbered(n, "weekday_offsets", p);
        rangeStarts = DateLexicon.flags(n, "range_starts", p);
        rangeLinks = DateLexicon.flags(n, "range_links", p);
        pairLinks = DateLexicon.flags(n, "pair_links", p);
        pairStarts = DateLexicon.flags(n, "pair_starts", p);
        dayRangeStarts = DateLexicon.flags(n, "day_range_starts", p);
        yearLeads = DateLexicon.flags(n, "year_leads", p);
        quarterLetters = DateLexicon.flags(n, "quarter_letters", p);
        afterOnly = DateLexicon.flags(n, "after_noun_only", p);
    }

    static Period.Unit unit(String name) {
        return "fortnight".equals(name) ? Period.Unit.WEEK : Period.Unit.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** How many of {@link #unit} one word counts: a fortnight is two weeks. */
    static int factor(String name) { return "fortnight".equals(name) ? 2 : 1; }
}
