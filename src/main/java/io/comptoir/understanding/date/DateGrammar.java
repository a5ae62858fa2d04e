package io.comptoir.understanding.date;

import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.number.NumberSpan;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates in a message, as the day meant relative to the reference day: deadlines ("sous 2 semaines"), month ends
 * ("fin mars"), day and month ("le 20 décembre", "le 12/02"), weekdays ("vendredi", "lundi prochain"), relative days
 * ("demain"), events and seasons ("avant Noël", "avant l'été"). All words come from the language's dates.yaml.
 */
public final class DateGrammar {
    /** A date found over tokens [start, end). */
    public record Hit(int start, int end, LocalDate value) {}

    private final DateLexicon lx;
    private final PeriodLexicon px;
    private final WeekdayDates weekdays;
    private final PeriodDates periods;
    private final NumericDates numeric;

    /**
     * Every word the date and period files hold (values and keys alike): a date can only start on one of them or
     * on a number, so the many rules below are not tried on the other words of a message.
     */
    private final java.util.Set<String> lexicon = new java.util.HashSet<>();

    public DateGrammar(LanguageData data, TextPipeline pipeline) {
        this.lx = new DateLexicon(data.file("dates"), pipeline);
        this.px = new PeriodLexicon(data.optionalFile("periods"), pipeline);
        collect(data.file("dates"), pipeline);
        collect(data.optionalFile("periods"), pipeline);
        this.weekdays = new WeekdayDates(lx);
        this.periods = new PeriodDates(lx, px);
        this.numeric = new NumericDates(lx);
    }

    private void collect(com.fasterxml.jackson.databind.JsonNode n, TextPipeline pipeline) {
        if (n == null) return;
        if (n.isTextual()) java.util.Collections.addAll(lexicon, pipeline.phrase(n.asText()));
        n.fieldNames().forEachRemaining(k -> java.util.Collections.addAll(lexicon, pipeline.phrase(k)));
        n.elements().forEachRemaining(e -> collect(e, pipeline));
    }

    /** Whether a date rule may start at token {@code i}: anything but a word outside the lexicon. */
    private boolean mayStart(Tokens t, int i, NumberSpan[] numberAt) {
        String w = t.w(i);
        return numberAt[i] != null || !t.get(i).isWord() || lexicon.contains(w) || w.chars().anyMatch(Character::isDigit);
    }

    public List<Hit> find(Tokens t, List<NumberSpan> numbers, boolean[] claimed, LocalDate today) {
        NumberSpan[] numberAt = new NumberSpan[t.size()];
        for (NumberSpan n : numbers) numberAt[n.start()] = n;
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!mayStart(t, i, numberAt)) { i++; continue; }
            PhraseTable.Match<Boolean> idiom = lx.idioms.at(t, i);
            if (idiom != null) { i = idiom.end(); continue; }
            Hit h = claimed[i] ? null : at(t, i, numberAt, today);
            if (h == null || h.value() == null) { i++; continue; }
            h = withTime(t, pastIfSince(t, h, today));
            for (int k = h.start(); k < h.end(); k++) claimed[k] = true;
            out.add(h);
            i = h.end();
        }
        claimTimes(t, claimed);
        return ranges(t, out);
    }

    private Hit at(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        Hit h;
        if ((h = before(t, i, numberAt, today)) != null) return h;
        if ((h = periods.offset(t, i, numberAt, today, k -> k < t.size() ? at(t, k, numberAt, today) : null)) != null) return h;
        if ((h = event(t, i, numberAt, today)) != null) return h;
        if ((h = periods.ordinal(t, i, today)) != null) return h;
        if ((h = periods.quarterCode(t, i, today)) != null) return h;
        if ((h = weekdayThenDate(t, i, today)) != null) return h;
        // a named month beats the phrase inside it: "la fin du mois de mars" is March, not this month
        if ((h = partOfMonth(t, i, today)) != null) return h;
        if ((h = phraseDate(t, i, today)) != null) return h;
        if ((h = periods.anchor(t, i, today)) != null) return h;
        if ((h = periods.counted(t, i, numberAt, today)) != null) return h;
        if ((h = periods.ago(t, i, numberAt, today)) != null) return h;
        if ((h = within(t, i, numberAt, today)) != null) return h;
        if ((h = periods.weekdayOf(t, i, today)) != null) return h;
        if ((h = periods.named(t, i, today)) != null) return h;
        if ((h = periods.dayRange(t, i, numberAt, today)) != null) return h;
        if ((h = dateThenWeekday(t, dayMonth(t, i, today), today)) != null) return h;
        if ((h = dateThenWeekday(t, monthDay(t, i, today), today)) != null) return h;
        if ((h = numeric.at(t, i, today)) != null) return h;
        if ((h = periods.year(t, i, today)) != null) return h;
        if ((h = weekdays.withDay(t, i, today)) != null) return h;
        if ((h = weekdays.at(t, i, today)) != null) return h;
        if ((h = dayAlone(t, i, today)) != null) return h;
        return monthAlone(t, i, today);
    }

    /**
     * Two dates joined by a range word are one range, given by its first day: "du 10 juin au 1er juillet", "July 13 -
     * July 15", "entre le 3 mai et le 10 juin" (a pair word such as "et" needs "entre" before the first date).
     */
    private List<Hit> ranges(Tokens t, List<Hit> hits) {
        if (hits.size() < 2) return hits;
        List<Hit> out = new ArrayList<>(hits.size());
        for (int j = 0; j < hits.size(); j++) {
            Hit a = hits.get(j);
            Hit b = j + 1 < hits.size() ? hits.get(j + 1) : null;
            // the same day said twice in a row is one mention: "aujourd'hui en fin de journée"
            if (b != null && b.value().equals(a.value()) && b.start() - a.end() <= 1 && t.sameClause(a.start(), b.start())) {
                out.add(new Hit(a.start(), b.end(), a.value()));
                j++;
                continue;
            }
            if (b != null && !b.value().isBefore(a.value())) {
                PhraseTable.Match<Boolean> start = px.rangeStarts.endingAt(t, a.start() - 1);
                PhraseTable.Match<Boolean> pair = px.pairStarts.endingAt(t, a.start() - 1);
                PhraseTable.Match<Boolean> link = pair != null ? px.pairLinks.at(t, a.end()) : px.rangeLinks.at(t, a.end());
                if (link != null && skipArticles(t, link.end(), link.end()) == b.start() && t.sameSentence(a.start(), b.start())) {
                    int from = pair != null ? pair.start() : start != null ? start.start() : a.start();
                    out.add(new Hit(from, b.end(), a.value()));
                    j++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** "Monday, Feb 18", "Fri, Jul 18": the weekday says which year, when none is written (the closest one to today). */
    private Hit weekdayThenDate(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Integer> wd = lx.weekdays.at(t, i);
        if (wd == null || wd.end() >= t.size() || !t.sameSentence(i, wd.end())) return null;
        Hit d = dayMonth(t, wd.end(), today);
        if (d == null) d = monthDay(t, wd.end(), today);
        return d == null ? null : new Hit(i, d.end(), onWeekday(t, d, wd.value(), today));
    }

    /** "Jul 18, Fri": the same, the weekday after the date. */
    private Hit dateThenWeekday(Tokens t, Hit d, LocalDate today) {
        if (d == null) return null;
        PhraseTable.Match<Integer> wd = lx.weekdays.at(t, d.end());
        if (wd == null || !t.sameSentence(d.start(), wd.start()) || wd.end() < t.size() && t.sameClause(wd.start(), wd.end())) return d;
        return new Hit(d.start(), wd.end(), onWeekday(t, d, wd.value(), today));
    }

    private static LocalDate onWeekday(Tokens t, Hit d, int dow, LocalDate today) {
        LocalDate v = d.value();
        if (v.getDayOfWeek().getValue() == dow) return v;
        for (int k = d.start(); k < d.end(); k++) if (DateMath.yearAfter(t, k) > 0) return v;
        LocalDate best = v;
        long bestGap = Long.MAX_VALUE;
        for (int y = today.getYear() - 1; y <= today.getYear() + 6; y++) {
            LocalDate c = DateMath.date(y, v.getMonthValue(), v.getDayOfMonth(), today);
            if (c == null || c.getYear() != y || c.getDayOfWeek().getValue() != dow) continue;
            long gap = Math.abs(c.toEpochDay() - today.toEpochDay());
            if (gap < bestGap) { best = c; bestGap = gap; }
        }
        return best;
    }

    /** "avant Noël", "avant l'été": the day before the event. */
    private Hit before(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        PhraseTable.Match<Boolean> b = lx.before.at(t, i);
        if (b == null) return null;
        Hit e = event(t, b.end(), numberAt, today);
        return e == null ? null : new Hit(i, e.end(), e.value().minusDays(1));
    }

    /**
     * Events and holidays: the next one, or the one a qualifier, a year or a shift names: "last Easter",
     * "Thanksgiving 2016", "Thanksgiving of next year", "Thanksgiving 3 months ago" (the first one on or after the
     * shifted day).
     */
    private Hit event(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        PhraseTable.Match<Integer> q = px.qualifiers.at(t, i);
        int k0 = q != null && t.sameClause(i, q.end()) ? q.end() : i;
        PhraseTable.Match<Holiday> m = lx.events.at(t, k0);
        if (m == null) {
            int k = skipArticles(t, k0, k0);
            if (k > k0) m = lx.events.at(t, k);
        }
        if (m == null || !seasonIsTime(t, m)) return null;
        Holiday h = m.value();
        int year = DateMath.yearAfter(t, m.end());
        if (year > 0) return new Hit(i, m.end() + 1, h.in(year));
        PhraseTable.Match<Boolean> of = px.ofWords.at(t, m.end());
        PeriodDates.Ref r = of == null ? null : periods.period(t, of.end(), today, false);
        if (r != null && r.period().unit() == Period.Unit.YEAR) return new Hit(i, r.end(), h.in(r.period().first().getYear()));
        Hit shift = m.end() < t.size() && t.sameClause(m.start(), m.end()) ? within(t, m.end(), numberAt, today) : null;
        if (shift == null && m.end() < t.size()) shift = periods.ago(t, m.end(), numberAt, today);
        if (shift != null) return new Hit(i, shift.end(), h.onOrAfter(shift.value()));
        return new Hit(i, m.end(), q != null && q.value() < 0 ? h.before(today) : h.onOrAfter(today));
    }

    /**
     * A season word alone is a time only after a lead word ("en hiver", "au printemps", "next summer") or before a
     * year; right after a noun ("des pneus hiver", "winter tyres") it names a kind of thing, not a date.
     */
    private boolean seasonIsTime(Tokens t, PhraseTable.Match<Holiday> m) {
        if (m.length() != 1 || !lx.bareSeasons.containsWord(t.w(m.start()))) return true;
        if (DateMath.yearAfter(t, m.end()) > 0) return true;
        PhraseTable.Match<Boolean> lead = lx.seasonLeads.endingAt(t, m.start() - 1);
        return lead != null && t.sameClause(lead.start(), m.start());
    }

    /** Fixed phrases: "demain", "la semaine prochaine", "fin du mois", "ce week-end". */
    private Hit phraseDate(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Rel> m = lx.relative.at(t, i);
        return m == null ? null : new Hit(i, m.end(), m.value().apply(today));
    }

    /** "dans 2 semaines", "sous quinze jours", "within two weeks", "in a week". */
    private Hit within(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        PhraseTable.Match<Boolean> w = lx.within.at(t, i);
        NumberSpan n = w != null && w.end() < t.size() ? numberAt[w.end()] : numberAt[i];
        if (n == null || !t.sameClause(i, n.last())) return null;
        PhraseTable.Match<String> u = lx.units.at(t, n.end());
        if (u == null || n.value().stripTrailingZeros().scale() > 0) return null;
        PhraseTable.Match<Boolean> later = w == null ? lx.fromNow.at(t, u.end()) : null;
        if (w == null && later == null) return null;
        long count = n.value().longValue();
        if (count <= 0 || count > 400) return null;
        LocalDate d = switch (u.value()) {
            case "day" -> today.plusDays(count);
            case "week" -> today.plusWeeks(count);
            case "month" -> today.plusMonths(count);
            case "hour" -> today.plusDays(count / 24);
            case "fortnight" -> today.plusWeeks(2 * count);
            default -> today.plusYears(count);
        };
        return new Hit(i, later != null ? later.end() : u.end(), d);
    }

    /** "fin mars", "début avril", "mi-mai", "by the end of January". */
    private Hit partOfMonth(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<String> p = lx.partOf.at(t, i);
        if (p == null) return null;
        int k = skipArticles(t, p.end(), i);
        PhraseTable.Match<Integer> m = lx.months.at(t, k);
        if (m == null || !t.sameClause(i, k)) return null;
        int year = DateMath.yearAfter(t, m.end());
        LocalDate first = year > 0 ? LocalDate.of(year, m.value(), 1) : DateMath.nextMonthStart(m.value(), today, p.value());
        LocalDate d = switch (p.value()) {
            case "end" -> first.withDayOfMonth(first.lengthOfMonth());
            case "mid" -> first.withDayOfMonth(15);
            default -> first;
        };
        return new Hit(i, m.end() + (year > 0 ? 1 : 0), d);
    }

    /** "le 20 décembre", "20th of December", "lundi 3 décembre 2026". */
    private Hit dayMonth(Tokens t, int i, LocalDate today) {
        int k = i;
        if (lx.weekdays.at(t, k) != null) k = lx.weekdays.at(t, k).end();
        int day = lx.dayNumber(t, k);
        if (day <= 0) return null;
        int after = k + 1;
        if (lx.ordinalWords.at(t, k) != null) after = lx.ordinalWords.at(t, k).end();
        if (lx.ordinalSuffixes.at(t, after) != null) after++;
        if (("/".equals(t.w(after)) || "-".equals(t.w(after))) && t.sameClause(k, after)) after++;
        after = skipArticles(t, after, k);
        PhraseTable.Match<Integer> m = lx.months.at(t, after);
        if (m == null || !t.sameClause(k, after)) return null;
        int[] year = DateMath.yearAt(t, m.end(), today);
        LocalDate d = DateMath.date(year != null ? year[0] : 0, m.value(), day, today);
        return d == null ? null : new Hit(i, year != null ? year[1] : m.end(), d);
    }

    /** "December 20", "Dec 20th, 2026". */
    private Hit monthDay(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Integer> m = lx.months.at(t, i);
        if (m == null) return null;
        int k = m.end();
        if (lx.articles.at(t, k) != null && "the".equals(t.w(k))) k++;
        int day = lx.dayNumber(t, k);
        if (day <= 0 || !t.sameClause(i, k) || !lx.monthFirst) return null;
        int end = k + 1;
        if (lx.ordinalSuffixes.at(t, end) != null) end++;
        int[] year = DateMath.yearAt(t, end, today);
        LocalDate d = DateMath.date(year != null ? year[0] : 0, m.value(), day, today);
        return d == null ? null : new Hit(i, year != null ? year[1] : end, d);
    }

    /** "on se voit le 15 ?", "on the 20th": the next such day of a month, when nothing follows the number. */
    private Hit dayAlone(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Boolean> p = lx.dayPrefix.at(t, i);
        if (p == null) return null;
        int k = p.end();
        int day = lx.dayNumber(t, k);
        if (day <= 0 || !t.sameClause(i, k)) return null;
        int end = k + 1;
        boolean suffix = lx.ordinalSuffixes.at(t, end) != null;
        if (suffix) end++;
        if (lx.dayAloneNeedsSuffix && !suffix && lx.ordinalWords.at(t, k) == null) return null;
        boolean clauseEnds = end >= t.size() || !t.sameClause(k, end);
        if (!clauseEnds && lx.timeLinks.at(t, end) == null && lx.nextAfter.at(t, end) == null) return null;
        return new Hit(i, end, DateMath.nextDay(day, today));
    }

    /** "en mars", "in March": the first day of that month. */
    private Hit monthAlone(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Boolean> p = lx.inMonth.at(t, i);
        PhraseTable.Match<Integer> named = p == null ? lx.months.at(t, i) : null;
        if (named != null && (DateMath.yearAfter(t, named.end()) > 0 || wholeClause(t, i, named.end()))) {
            p = new PhraseTable.Match<>(i, i, Boolean.TRUE);
        }
        if (p == null) return null;
        PhraseTable.Match<Integer> m = lx.months.at(t, p.end());
        if (m == null || lx.dayNumber(t, m.end()) > 0 && lx.monthFirst) return null;
        int year = DateMath.yearAfter(t, m.end());
        LocalDate d = year > 0 ? LocalDate.of(year, m.value(), 1) : DateMath.nextMonthStart(m.value(), today, "start");
        return new Hit(p.end(), m.end() + (year > 0 ? 1 : 0), d);
    }

    /** A month named alone ("mars ?", "March.") is a date; inside a sentence it needs a lead word ("may" is a verb). */
    private static boolean wholeClause(Tokens t, int start, int end) {
        return (start == 0 || !t.sameClause(start - 1, start)) && (end >= t.size() || !t.sameClause(start, end));
    }

    /** "depuis le 3 mars", "since Monday": the last such day, not the next one. */
    private Hit pastIfSince(Tokens t, Hit h, LocalDate today) {
        int k = h.start() - 1;
        while (k >= 0 && lx.articles.at(t, k) != null && lx.articles.at(t, k).end() == k + 1) k--;
        PhraseTable.Match<Boolean> since = lx.since.endingAt(t, k);
        if (since == null || !t.sameClause(since.start(), h.start()) || !h.value().isAfter(today)) return h;
        LocalDate d = h.value();
        if (lx.weekdays.at(t, h.start()) != null && h.end() - h.start() <= 2) {
            while (d.isAfter(today)) d = d.minusWeeks(1);
        } else {
            while (d.isAfter(today)) d = d.minusYears(1);
        }
        return new Hit(h.start(), h.end(), d);
    }

    /** "le 3 décembre à 14h": the time joins the date's words (and is never money). */
    private Hit withTime(Tokens t, Hit h) {
        int k = h.end();
        if (lx.timeLinks.at(t, k) != null) k = lx.timeLinks.at(t, k).end();
        int end = timeEnd(t, k);
        return end > k && t.sameClause(h.start(), k) ? new Hit(h.start(), end, h.value()) : h;
    }

    private int timeEnd(Tokens t, int k) {
        if (k >= t.size() || !t.get(k).isNum()) return k;
        PhraseTable.Match<Boolean> w = lx.timeWords.at(t, k + 1);
        if (w == null) return k;
        int end = w.end();
        if (end < t.size() && t.get(end).isNum() && t.w(end).length() == 2 && t.sameClause(k, end)) end++;
        return end;
    }

    private void claimTimes(Tokens t, boolean[] claimed) {
        for (int k = 0; k < t.size(); k++) {
            int end = timeEnd(t, k);
            for (int j = k; j < end; j++) claimed[j] = true;
        }
    }

    private int skipArticles(Tokens t, int k, int anchor) {
        while (k < t.size() && lx.articles.at(t, k) != null && t.sameClause(anchor, k)) k = lx.articles.at(t, k).end();
        return k;
    }

    /** A date phrase relative to the reference day. */
    interface Rel {
        LocalDate apply(LocalDate today);
    }
}
