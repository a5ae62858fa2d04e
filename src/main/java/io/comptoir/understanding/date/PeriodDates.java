package io.comptoir.understanding.date;

import io.comptoir.understanding.date.DateGrammar.Hit;
import io.comptoir.understanding.number.NumberSpan;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.Tokens;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The period rules of the date grammar (words in periods.yaml): a qualified period ("cette semaine", "next
 * quarter"), counted periods ("les 3 derniers jours", "the next two weeks"), counts back ("il y a trois semaines",
 * "2 Thursdays ago"), a part of a period ("début de semaine", "end of next week"), an ordinal inside a period ("le
 * premier mercredi du mois prochain", "the last day of October"), a weekday of a named week ("mercredi de la semaine
 * prochaine", "lundi en huit"), day ranges ("du 13 au 18") and years ("en 2027", "between 2007 and 2009").
 * A range gives its first day, or the reference day when the period holds it.
 */
final class PeriodDates {
    /** A period named over tokens up to {@code end}; {@code bare} without a qualifier, {@code named} a month or year. */
    record Ref(int end, Period period, boolean bare, boolean named) {}

    private final DateLexicon lx;
    private final PeriodLexicon px;

    PeriodDates(DateLexicon lx, PeriodLexicon px) {
        this.lx = lx;
        this.px = px;
    }

    /** "la semaine prochaine", "l'année dernière", "this quarter"; with {@code bareOk} also "the month", "mars 2027", "2018". */
    Ref period(Tokens t, int i, LocalDate today, boolean bareOk) {
        int k = skipArticles(t, i);
        PhraseTable.Match<Integer> q = px.qualifiers.at(t, k);
        // "la dernière semaine" is the final one, "la semaine dernière" the previous one
        if (q != null && px.afterOnly.at(t, k) != null) return null;
        int u0 = q != null ? skipArticles(t, q.end()) : k;
        PhraseTable.Match<String> u = px.units.at(t, u0);
        if (u != null && t.sameClause(i, u0)) {
            PhraseTable.Match<Integer> after = q == null ? px.qualifiers.at(t, u.end()) : null;
            PhraseTable.Match<Integer> qq = q != null ? q : after;
            if (qq == null && !bareOk) return null;
            int shift = qq == null ? 0 : qq.value() == PeriodLexicon.AHEAD ? 1 : qq.value();
            Period p = Period.of(PeriodLexicon.unit(u.value()), today).plus((long) shift * PeriodLexicon.factor(u.value()));
            return new Ref(after != null ? after.end() : u.end(), p, qq == null, false);
        }
        PhraseTable.Match<Integer> m = lx.months.at(t, u0);
        if (m != null && (q != null || bareOk) && t.sameClause(i, u0)) {
            int year = DateMath.yearAfter(t, m.end());
            LocalDate first = year > 0 ? LocalDate.of(year, m.value(), 1) : DateMath.nextMonthStart(m.value(), today, "end");
            if (q != null && q.value() < 0) first = LocalDate.of(today.getYear() - (m.value() < today.getMonthValue() ? 0 : 1), m.value(), 1);
            return new Ref(m.end() + (year > 0 ? 1 : 0), new Period(Period.Unit.MONTH, first), false, true);
        }
        int year = q == null && bareOk ? DateMath.yearAfter(t, k) : 0;
        return year > 0 ? new Ref(k + 1, new Period(Period.Unit.YEAR, LocalDate.of(year, 1, 1)), false, true) : null;
    }

    /** A qualified period on its own: "cette semaine", "le mois prochain", "next quarter", "le jour d'après". */
    Hit named(Tokens t, int i, LocalDate today) {
        Ref r = period(t, i, today, false);
        return r == null ? null : new Hit(i, r.end(), r.period().day(today));
    }

    /** "les 3 prochains jours", "2 semaines passées", "the last two months", "the upcoming two weeks". */
    Hit counted(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        int k = skipArticles(t, i);
        PhraseTable.Match<Integer> q = px.qualifiers.at(t, k);
        int[] c;
        PhraseTable.Match<String> u;
        PhraseTable.Match<Integer> qAfter = null;
        if (q != null) {
            c = count(t, q.end(), numberAt);
            u = c == null ? null : px.units.at(t, c[1]);
        } else {
            c = count(t, k, numberAt);
            if (c == null) return null;
            q = px.qualifiers.at(t, c[1]);
            u = px.units.at(t, q != null ? q.end() : c[1]);
            if (q == null && u != null) qAfter = q = px.qualifiers.at(t, u.end());
        }
        if (c == null || u == null || q == null || q.value() == 0 || !t.sameClause(i, u.start())) return null;
        long n = (long) c[0] * PeriodLexicon.factor(u.value());
        Period now = Period.of(PeriodLexicon.unit(u.value()), today);
        Period p = q.value() == PeriodLexicon.AHEAD ? now.plus(n) : q.value() > 0 ? now.plus(1) : now.plus(-n);
        return new Hit(i, qAfter != null ? qAfter.end() : u.end(), p.day(today));
    }

    /** "il y a trois semaines", "three months ago", "2 Thursdays back", "3 Fridays from now". */
    Hit ago(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        PhraseTable.Match<Boolean> before = px.agoBefore.at(t, i);
        int[] c = count(t, before != null ? before.end() : i, numberAt);
        if (c == null) return null;
        PhraseTable.Match<String> u = px.units.at(t, c[1]);
        if (u != null && t.sameClause(i, u.start())) {
            PhraseTable.Match<Boolean> after = before == null ? px.agoAfter.at(t, u.end()) : null;
            if (before == null && after == null) return null;
            long n = (long) c[0] * PeriodLexicon.factor(u.value());
            return new Hit(i, after != null ? after.end() : u.end(), Period.plus(PeriodLexicon.unit(u.value()), today, -n));
        }
        PhraseTable.Match<Integer> wd = before == null ? px.weekdayPlurals.at(t, c[1]) : null;
        if (wd == null) return null;
        PhraseTable.Match<Boolean> back = px.agoAfter.at(t, wd.end());
        PhraseTable.Match<Boolean> ahead = back == null ? lx.fromNow.at(t, wd.end()) : null;
        if (back == null && ahead == null) return null;
        int dow = today.getDayOfWeek().getValue();
        LocalDate d = back != null ? today.minusDays((dow - wd.value() + 6) % 7 + 1L).minusWeeks(c[0] - 1L)
                : today.plusDays((wd.value() - dow + 6) % 7 + 1L).plusWeeks(c[0] - 1L);
        return new Hit(i, (back != null ? back : ahead).end(), d);
    }

    /** "trois jours après Noël", "2 days before the 15th", "le lendemain du 13 février", "la veille" alone. */
    Hit offset(Tokens t, int i, NumberSpan[] numberAt, LocalDate today, IntFunction<Hit> dateAt) {
        PhraseTable.Match<Integer> rel = px.dayRelative.at(t, i);
        if (rel != null) {
            PhraseTable.Match<Boolean> of = px.ofWords.at(t, rel.end());
            int k = of != null ? of.end() : rel.end();
            Hit d = t.sameClause(i, k) ? dateAt.apply(k) : null;
            return d == null ? new Hit(i, rel.end(), today.plusDays(rel.value()))
                    : new Hit(i, d.end(), d.value().plusDays(rel.value()));
        }
        int[] c = count(t, i, numberAt);
        PhraseTable.Match<String> u = c == null ? null : px.units.at(t, c[1]);
        PhraseTable.Match<Integer> dir = u == null ? null : px.offsets.at(t, u.end());
        if (dir == null || !t.sameClause(i, dir.start())) return null;
        Hit d = t.sameClause(i, dir.end()) ? dateAt.apply(skipArticles(t, dir.end())) : null;
        if (d == null) return null;
        long n = (long) c[0] * PeriodLexicon.factor(u.value()) * dir.value();
        return new Hit(i, d.end(), Period.plus(PeriodLexicon.unit(u.value()), d.value(), n));
    }

    /** "début de semaine", "à la fin du mois prochain", "beginning of this week", "end of 2012", "mid next month". */
    Hit anchor(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<String> part = lx.partOf.at(t, i);
        if (part == null) return null;
        Ref r = period(t, part.end(), today, true);
        if (r == null || !t.sameClause(i, part.end())) return null;
        Period p = r.period();
        LocalDate d = switch (part.value()) {
            case "end" -> p.end();
            case "mid" -> r.bare() && p.middle().isBefore(today) ? p.plus(1).middle() : p.middle();
            default -> {
                if (!p.first().isBefore(today)) yield p.first();
                if (!today.isAfter(p.startPartEnd())) yield today;
                yield r.bare() && !r.named() ? p.plus(1).first() : p.first();
            }
        };
        return new Hit(i, r.end(), d);
    }

    /**
     * "le premier mercredi du mois prochain", "the last day of October 2015", "the second last week of 2018", "le
     * dernier week-end de septembre", "la deuxième quinzaine d'avril", "the 20th of next month". Weeks are the
     * Monday-to-Sunday weeks wholly inside the period, weekends start on its Fridays.
     */
    Hit ordinal(Tokens t, int i, LocalDate today) {
        int k = skipArticles(t, i);
        PhraseTable.Match<Integer> o = px.ordinals.at(t, k);
        int n;
        boolean dayOf = false;
        if (o != null) {
            n = o.value();
            k = o.end();
            PhraseTable.Match<Boolean> fe = px.fromEnd.at(t, k);
            if (fe != null && n > 0) { n = -n; k = fe.end(); }
        } else {
            n = lx.dayNumber(t, k);
            if (n <= 0 || lx.ordinalWords.at(t, k) != null) return null;
            k++;
            if (lx.ordinalSuffixes.at(t, k) != null) k++;
            dayOf = true;
        }
        String kind;
        int wd = 0;
        PhraseTable.Match<Integer> w = dayOf ? null : lx.weekdays.at(t, k);
        PhraseTable.Match<String> u = dayOf || w != null ? null : px.units.at(t, k);
        if (w != null) { kind = "weekday"; wd = w.value(); k = w.end(); }
        else if (px.dayWords.at(t, k) != null) { kind = "day"; k = px.dayWords.at(t, k).end(); }
        else if (dayOf) kind = "day";
        else if (px.halfMonths.at(t, k) != null) { kind = "half"; k = px.halfMonths.at(t, k).end(); }
        else if (u != null && ("week".equals(u.value()) || "weekend".equals(u.value()))) { kind = u.value(); k = u.end(); }
        else if (u != null && "quarter".equals(u.value())) return quarter(t, i, n, u.end(), today);
        else return null;
        PhraseTable.Match<Boolean> of = px.ofWords.at(t, k);
        if (of == null || !t.sameClause(i, of.end())) return null;
        Ref r = period(t, of.end(), today, true);
        if (r == null || dayOf && r.named()) return null;
        LocalDate d = nth(r.period(), kind, wd, n);
        return d == null ? null : new Hit(i, r.end(), d);
    }

    /** "Q3", "T1 2027", "Q1 next year": a quarter written with its letter. */
    Hit quarterCode(Tokens t, int i, LocalDate today) {
        if (px.quarterLetters.at(t, i) == null || i + 1 >= t.size() || !t.get(i + 1).isNum()
                || t.get(i).end() != t.get(i + 1).start()) return null;
        return quarter(t, i, DateMath.intOf(t.get(i + 1)), i + 2, today);
    }

    /** Quarter {@code n} of the year written after {@code k} ("of 2018", "2018", "next year"), else the coming one. */
    private Hit quarter(Tokens t, int i, int n, int k, LocalDate today) {
        if (n < 1 || n > 4) return null;
        PhraseTable.Match<Boolean> of = px.ofWords.at(t, k);
        Ref r = t.sameClause(i, of != null ? of.end() : k) ? period(t, of != null ? of.end() : k, today, true) : null;
        if (r != null && r.period().unit() != Period.Unit.YEAR) r = null;
        int year = r != null ? r.period().first().getYear() : today.getYear();
        Period q = new Period(Period.Unit.QUARTER, LocalDate.of(year, 3 * n - 2, 1));
        if (r == null && q.last().isBefore(today)) q = q.plus(4);
        return new Hit(i, r != null ? r.end() : k, q.day(today));
    }

    private static LocalDate nth(Period p, String kind, int wd, int n) {
        LocalDate first = p.first();
        LocalDate last = p.last();
        LocalDate d = switch (kind) {
            case "day" -> n > 0 ? first.plusDays(n - 1L) : last.plusDays(n + 1L);
            case "half" -> n == 1 ? first : n == 2 && p.unit() == Period.Unit.MONTH ? first.withDayOfMonth(15) : null;
            case "week" -> n > 0 ? onOrAfter(first, 1).plusWeeks(n - 1L) : onOrBefore(last.minusDays(6), 1).plusWeeks(n + 1L);
            case "weekend" -> (n > 0 ? onOrAfter(first, 5).plusWeeks(n - 1L) : onOrBefore(last, 5).plusWeeks(n + 1L)).plusDays(1);
            default -> n > 0 ? onOrAfter(first, wd).plusWeeks(n - 1L) : onOrBefore(last, wd).plusWeeks(n + 1L);
        };
        return d == null || d.isBefore(first) || d.isAfter(last) ? null : d;
    }

    private static LocalDate onOrAfter(LocalDate d, int dow) {
        return d.plusDays((dow - d.getDayOfWeek().getValue() + 7) % 7);
    }

    private static LocalDate onOrBefore(LocalDate d, int dow) {
        return d.minusDays((d.getDayOfWeek().getValue() - dow + 7) % 7);
    }

    /** "mercredi de la semaine prochaine", "monday of this week", "next week Wednesday", "lundi en huit", "Friday after next". */
    Hit weekdayOf(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Integer> wd = lx.weekdays.at(t, i);
        if (wd == null) {
            Ref r = period(t, i, today, false);
            if (r == null || r.period().unit() != Period.Unit.WEEK) return null;
            PhraseTable.Match<Integer> after = lx.weekdays.at(t, r.end());
            return after == null ? null : new Hit(i, after.end(), r.period().first().plusDays(after.value() - 1L));
        }
        PhraseTable.Match<Integer> off = px.weekdayOffsets.at(t, wd.end());
        if (off != null) {
            int ahead = (wd.value() - today.getDayOfWeek().getValue() + 7) % 7;
            return new Hit(i, off.end(), today.plusDays(ahead + 7L * off.value()));
        }
        PhraseTable.Match<Boolean> of = px.ofWords.at(t, wd.end());
        int k = of != null ? of.end() : wd.end();
        Ref r = t.sameClause(i, k) ? period(t, k, today, false) : null;
        if (r == null || r.period().unit() != Period.Unit.WEEK) return null;
        return new Hit(i, r.end(), r.period().first().plusDays(wd.value() - 1L));
    }

    /** "du 13 au 18", "entre le 3 et le 10 mai", "du samedi 13 au dimanche 15 juillet", "from the 13th to the 15th of July". */
    Hit dayRange(Tokens t, int i, NumberSpan[] numberAt, LocalDate today) {
        PhraseTable.Match<Boolean> start = px.rangeStarts.at(t, i);
        PhraseTable.Match<Boolean> pair = px.pairStarts.at(t, i);
        if (pair != null && (start == null || pair.end() >= start.end())) start = null;
        int k = skipArticles(t, pair != null ? pair.end() : start != null ? start.end() : i);
        if (lx.weekdays.at(t, k) != null) k = lx.weekdays.at(t, k).end();
        int[] d1 = day(t, k, numberAt);
        if (d1 == null) return null;
        PhraseTable.Match<Boolean> link = pair != null ? px.pairLinks.at(t, d1[1]) : px.rangeLinks.at(t, d1[1]);
        if (link == null) return null;
        k = skipArticles(t, link.end());
        if (lx.weekdays.at(t, k) != null) k = lx.weekdays.at(t, k).end();
        int[] d2 = day(t, k, numberAt);
        if (d2 == null || !t.sameClause(i, d2[1] - 1)) return null;
        PhraseTable.Match<Boolean> of = px.ofWords.at(t, d2[1]);
        int m0 = skipArticles(t, of != null ? of.end() : d2[1]);
        PhraseTable.Match<Integer> m = t.sameClause(i, m0) ? lx.months.at(t, m0) : null;
        if (m == null) {
            // without a month, only a start that names a day ("du", "entre le", "from the"): "de 10 à 20" is no date
            if (px.dayRangeStarts.at(t, i) == null || d2[0] <= d1[0]) return null;
            return new Hit(i, d2[1], DateMath.nextDay(d1[0], today));
        }
        int year = DateMath.yearAfter(t, m.end());
        LocalDate d = DateMath.date(year, m.value(), d1[0], today);
        return d == null ? null : new Hit(i, m.end() + (year > 0 ? 1 : 0), d);
    }

    /**
     * "en 2027", "since 2014", "between 2007 and 2009": the first day of the (first) year. A single past year is
     * history ("on existe depuis 2015", "founded in 2012"), no date to note; a range of years is a period.
     */
    Hit year(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Boolean> lead = px.yearLeads.at(t, i);
        PhraseTable.Match<Boolean> pair = lead == null ? px.pairStarts.at(t, i) : null;
        PhraseTable.Match<Boolean> start = lead == null && pair == null ? px.rangeStarts.at(t, i) : null;
        PhraseTable.Match<Boolean> w = lead != null ? lead : pair != null ? pair : start;
        if (w == null || !isYear(t, w.end())) return null;
        int end = w.end() + 1;
        PhraseTable.Match<Boolean> link = pair != null ? px.pairLinks.at(t, end) : px.rangeLinks.at(t, end);
        if (link != null && isYear(t, link.end())) end = link.end() + 1;
        else if (lead == null || DateMath.intOf(t.get(w.end())) < today.getYear()) return null;
        if (t.sameClause(w.end(), end) && end < t.size() && (t.get(end).isNum() || !t.get(end).isWord())) return null;
        return new Hit(i, end, LocalDate.of(DateMath.intOf(t.get(w.end())), 1, 1));
    }

    private static boolean isYear(Tokens t, int k) {
        if (k >= t.size() || !t.get(k).isNum() || t.w(k).length() != 4 || !t.w(k).chars().allMatch(Character::isDigit)) return false;
        int y = DateMath.intOf(t.get(k));
        return y >= 1900 && y <= 2100;
    }

    /** A day of a month at {@code k}, in digits, as an ordinal word or spelled out ("dix-huit"): {day, end token}. */
    private int[] day(Tokens t, int k, NumberSpan[] numberAt) {
        int d = lx.dayNumber(t, k);
        int end = k + 1;
        if (d > 0 && lx.ordinalWords.at(t, k) != null) end = lx.ordinalWords.at(t, k).end();
        if (d <= 0 && k < t.size() && numberAt[k] != null && !numberAt[k].weak()) {
            NumberSpan n = numberAt[k];
            if (n.value().stripTrailingZeros().scale() > 0 || n.value().intValue() < 1 || n.value().intValue() > 31) return null;
            d = n.value().intValue();
            end = n.end();
        }
        if (d <= 0) return null;
        if (lx.ordinalSuffixes.at(t, end) != null) end++;
        return new int[]{d, end};
    }

    /** A count at {@code k}: digits or words ("trois", "a", "quelques"): {count, end token}. */
    private int[] count(Tokens t, int k, NumberSpan[] numberAt) {
        if (k >= t.size()) return null;
        PhraseTable.Match<Integer> w = px.countWords.at(t, k);
        if (w != null) return new int[]{w.value(), w.end()};
        NumberSpan n = numberAt[k];
        if (n == null || n.value().stripTrailingZeros().scale() > 0) return null;
        int v = n.value().intValue();
        return v >= 1 && v <= 100 ? new int[]{v, n.end()} : null;
    }

    private int skipArticles(Tokens t, int k) {
        int start = k;
        while (k < t.size() && lx.articles.at(t, k) != null && t.sameClause(start, k)) k = lx.articles.at(t, k).end();
        return k;
    }
}
