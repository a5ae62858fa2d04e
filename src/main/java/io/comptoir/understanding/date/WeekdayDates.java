package io.comptoir.understanding.date;

import io.comptoir.understanding.date.DateGrammar.Hit;
import io.comptoir.understanding.text.PhraseTable;
import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.time.LocalDate;

/** The weekday rules of the date grammar: "vendredi", "lundi prochain", "last Friday", "mardi 8", "Tuesday the 8th". */
final class WeekdayDates {
    private final DateLexicon lx;

    WeekdayDates(DateLexicon lx) { this.lx = lx; }

    /** "vendredi" → the next Friday; "lundi prochain", "next Monday" → that day of next week. */
    Hit at(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Boolean> nb = lx.nextBefore.at(t, i);
        int k = nb != null ? nb.end() : i;
        PhraseTable.Match<Integer> d = lx.weekdays.at(t, k);
        if (d == null) return null;
        PhraseTable.Match<Boolean> na = lx.nextAfter.at(t, d.end());
        PhraseTable.Match<Boolean> la = lx.lastAfter.at(t, d.end());
        boolean nextWeek = nb != null || na != null;
        int end = na != null ? na.end() : la != null ? la.end() : d.end();
        int dow = today.getDayOfWeek().getValue();
        LocalDate value;
        PhraseTable.Match<Boolean> lb = lx.lastBefore.endingAt(t, i - 1);
        if (lb != null || la != null) {
            value = today.minusDays(dow - 1L).minusDays(7L - (d.value() - 1));
            if (lb != null && t.sameClause(lb.start(), i)) return new Hit(lb.start(), end, value);
        } else if (nextWeek) {
            value = today.minusDays(dow - 1L).plusDays(7L + d.value() - 1);
        } else {
            int ahead = (d.value() - dow + 7) % 7;
            boolean thisOne = lx.thisBefore.endingAt(t, i - 1) != null;
            value = today.plusDays(ahead == 0 && !thisOne ? 7 : ahead);
        }
        return new Hit(i, end, value);
    }

    /**
     * "mardi 8", "le vendredi 4", "Tuesday the 8th": that day of a month (the next one on or after the reference day,
     * preferably one falling on that weekday), unless the number is a time or a count ("mardi 8h", "lundi 3 jours").
     */
    Hit withDay(Tokens t, int i, LocalDate today) {
        PhraseTable.Match<Integer> wd = lx.weekdays.at(t, i);
        if (wd == null) return null;
        int k = wd.end();
        if (lx.weekdayDayLinks.at(t, k) != null) k = lx.weekdayDayLinks.at(t, k).end();
        int day = lx.dayNumber(t, k);
        if (day <= 0 || !t.sameClause(i, k)) return null;
        int end = k + 1;
        if (lx.ordinalSuffixes.at(t, end) != null) end++;
        else if (t.sameClause(k, end) && (lx.timeWords.at(t, end) != null || lx.units.at(t, end) != null
                || t.get(end).kind() == Token.Kind.SYM) || clockFollows(t, k)) return null;
        boolean past = sinceBefore(t, i);
        return new Hit(i, end, DateMath.dayOnWeekday(day, wd.value(), today, past));
    }

    /** "Thursday 8:00": the number is an hour (the colon is a clause break, so it is read from the text). */
    private static boolean clockFollows(Tokens t, int k) {
        int e = t.get(k).end();
        String s = t.original();
        return e + 1 < s.length() && (s.charAt(e) == ':' || s.charAt(e) == '.') && Character.isDigit(s.charAt(e + 1));
    }


    /** "depuis le mardi 3": the look-back of {@code DateGrammar.pastIfSince}, for a grammar that picks past or future itself. */
    private boolean sinceBefore(Tokens t, int start) {
        int k = start - 1;
        while (k >= 0 && lx.articles.at(t, k) != null && lx.articles.at(t, k).end() == k + 1) k--;
        PhraseTable.Match<Boolean> since = lx.since.endingAt(t, k);
        return since != null && t.sameClause(since.start(), start);
    }
}
