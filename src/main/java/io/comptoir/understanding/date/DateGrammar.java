package io.comptoir.understanding.date;

import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.number.NumberSpan;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
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
    private final WeekdayDates weekdays;

    public DateGrammar(LanguageData data, TextPipeline pipeline) {
        this.lx = new DateLexicon(data.file("dates"), pipeline);
        this.weekdays = new WeekdayDates(lx);
    }

    public List<Hit> find(Tokens t, List<NumberSpan> numbers, boolean[] claimed, LocalDate today) {
        NumberSpan[] numberAt = new NumberSpan[t.size()];
        for (NumberSpan n : numbers) numberAt[n.start()] = n;
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
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
        return out;
    }

    private Hit at(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        Hit h;
        if ((h = before(t, i, today)) != null) return h;
        if ((h = event(t, i, today)) != null) return h;
        // a named month beats the phrase inside it: "la fin du mois de mars" is March, not this month
        if ((h = partOfMonth(t, i, today)) != null) return h;
        if ((h = phraseDate(t, i, today)) != null) return h;
        if ((h = within(t, i, numberAt, today)) != null) return h;
        if ((h = dayMonth(t, i, today)) != null) return h;
        if ((h = monthDay(t, i, today)) != null) return h;
        if ((h = numeric(t, i, today)) != null) return h;
        if ((h = weekdays.withDay(t, i, today)) != null) return h;
        if ((h = weekdays.at(t, i, today)) != null) return h;
        if ((h = dayAlone(t, i, today)) != null) return h;
        return monthAlone(t, i, today);
    }

    /** "avant Noël", "avant l'été": the day before the event. */
    private Hit before(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Boolean> b = lx.before.at(t, i);
        if (b == null) return null;
        Hit e = event(t, b.end(), today);
        return e == null ? null : new Hit(i, e.end(), e.value().minusDays(1));
    }

    private Hit event(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<MonthDay> m = lx.events.at(t, i);
        if (m == null) {
            int k = skipArticles(t, i, i);
            if (k > i) m = lx.events.at(t, k);
        }
        if (m == null || !seasonIsTime(t, m)) return null;
        return new Hit(i, m.end(), DateMath.next(m.value(), today));
    }

    /**
     * A season word alone is a time only after a lead word ("en hiver", "au printemps", "next summer") or before a
     * year; right after a noun ("des pneus hiver", "winter tyres") it names a kind of thing, not a date.
     */
    private boolean seasonIsTime(Tokens t, PhraseTable.Match<MonthDay> m) {
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
        if (lx.ordinalSuffixes.at(t, after) != null) after++;
        after = skipArticles(t, after, k);
        PhraseTable.Match<Integer> m = lx.months.at(t, after);
        if (m == null || !t.sameClause(k, after)) return null;
        int year = DateMath.yearAfter(t, m.end());
        LocalDate d = DateMath.date(year, m.value(), day, today);
        return d == null ? null : new Hit(i, m.end() + (year > 0 ? 1 : 0), d);
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
        int year = DateMath.yearAfter(t, end);
        LocalDate d = DateMath.date(year, m.value(), day, today);
        return d == null ? null : new Hit(i, end + (year > 0 ? 1 : 0), d);
    }

    /** "12/02" (day first in French, month first in English), "12/02/2027", "2026-12-20". */
    private Hit numeric(Tokens t, int i, LocalDate today) {
        Token a = t.get(i);
        if (!a.isNum() || !"/".equals(t.w(i + 1)) && !"-".equals(t.w(i + 1))) return null;
        if (i + 2 >= t.size() || !t.get(i + 2).isNum()) return null;
        boolean slash = "/".equals(t.w(i + 1));
        if (!slash) return iso(t, i);
        if (lx.notDates.contains(t.w(i) + "/" + t.w(i + 2))) return null;
        int x = DateMath.intOf(t.get(i));
        int y = DateMath.intOf(t.get(i + 2));
        int day = lx.dayFirst ? x : y;
        int month = lx.dayFirst ? y : x;
        int year = 0;
        int end = i + 3;
        if ("/".equals(t.w(end)) && end + 1 < t.size() && t.get(end + 1).isNum()) {
            year = DateMath.intOf(t.get(end + 1));
            if (year < 100) year += 2000;
            end += 2;
        }
        if (month < 1 || month > 12) return null;
        LocalDate d = DateMath.date(year, month, day, today);
        return d == null ? null : new Hit(i, end, d);
    }

    private Hit iso(Tokens t, int i) {
        if (t.w(i).length() != 4 || !"-".equals(t.w(i + 3)) || i + 4 >= t.size() || !t.get(i + 4).isNum()) return null;
        try {
            return new Hit(i, i + 5, LocalDate.of(DateMath.intOf(t.get(i)), DateMath.intOf(t.get(i + 2)), DateMath.intOf(t.get(i + 4))));
        } catch (DateTimeException e) {
            return null;
        }
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
        LocalDate d = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
        for (int m = 0; m < 13 && (d.isBefore(today) || d.getDayOfMonth() != day); m++) {
            LocalDate first = today.withDayOfMonth(1).plusMonths(m + 1L);
            d = day <= first.lengthOfMonth() ? first.withDayOfMonth(day) : first;
        }
        return new Hit(i, end, d);
    }

    /** "en mars", "in March": the first day of that month. */
    private Hit monthAlone(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Boolean> p = lx.inMonth.at(t, i);
        if (p == null && lx.months.at(t, i) != null && DateMath.yearAfter(t, lx.months.at(t, i).end()) > 0) {
            p = new PhraseTable.Match<>(i, i, Boolean.TRUE);
        }
        if (p == null) return null;
        PhraseTable.Match<Integer> m = lx.months.at(t, p.end());
        if (m == null || lx.dayNumber(t, m.end()) > 0 && lx.monthFirst) return null;
        int year = DateMath.yearAfter(t, m.end());
        LocalDate d = year > 0 ? LocalDate.of(year, m.value(), 1) : DateMath.nextMonthStart(m.value(), today, "start");
        return new Hit(p.end(), m.end() + (year > 0 ? 1 : 0), d);
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
