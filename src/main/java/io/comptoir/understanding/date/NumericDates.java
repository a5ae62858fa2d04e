package io.comptoir.understanding.date;

import io.comptoir.understanding.date.DateGrammar.Hit;
import io.comptoir.understanding.text.Tokens;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in figures: "12/02" (day first in French, month first in English), "1/3/2013", "31/10/74" (a
 * two-digit year more than twenty years ahead is last century's), "10.31.1974", "2026-12-20", "2014-10" and "2/2013"
 * (a month), "20 02 2014" and "le 17 02" (figures with spaces). The separators are read from the original text,
 * since the tokenizer takes "10.31" for a decimal.
 */
final class NumericDates {
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,4})([./-])(\\d{1,4})(?:\\2(\\d{4}|\\d{1,2}))?(?![\\d])");
    private final DateLexicon lx;

    NumericDates(DateLexicon lx) { this.lx = lx; }

    Hit at(Tokens t, int i, LocalDate today) {
        if (!t.get(i).isNum()) return null;
        Hit h = separated(t, i, today);
        return h != null ? h : spaced(t, i, today);
    }

    private Hit separated(Tokens t, int i, LocalDate today) {
        int from = t.get(i).start();
        if (from > 0 && Character.isDigit(t.original().charAt(from - 1))) return null;
        Matcher m = SEPARATED.matcher(t.original()).region(from, t.original().length());
        if (!m.lookingAt()) return null;
        String a = m.group(1);
        String sep = m.group(2);
        String b = m.group(3);
        String c = m.group(4);
        int end = tokenEnd(t, i, m.end());
        LocalDate d;
        if (a.length() == 4) {
            if (b.length() > 2) return null;
            d = c == null ? month(Integer.parseInt(a), Integer.parseInt(b), today)
                    : c.length() == 2 ? of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c)) : null;
        } else if (b.length() == 4) {
            d = c == null && a.length() <= 2 ? month(Integer.parseInt(b), Integer.parseInt(a), today) : null;
        } else if (a.length() > 2 || b.length() > 2) {
            return null;
        } else if (c != null && c.length() == 1) {
            return null;
        } else if (c != null) {
            d = dayMonth(Integer.parseInt(a), Integer.parseInt(b), DateMath.fullYear(Integer.parseInt(c), today), today);
        } else {
            // without a year, "1/2" or "24/7" is a fraction or a schedule, and "10-12" a count, unless said as a day ("le 2/3")
            boolean asDay = lx.dayPrefix.endingAt(t, i - 1) != null;
            if (!asDay && (!"/".equals(sep) || lx.notDates.contains(a + "/" + b))) return null;
            d = dayMonth(Integer.parseInt(a), Integer.parseInt(b), 0, today);
        }
        return d == null ? null : new Hit(i, end, d);
    }

    /** "20 02 2014", "20 2 14", "le 17 02": day and month figures apart, with a year, or said as a day and closing the clause. */
    private Hit spaced(Tokens t, int i, LocalDate today) {
        if (!plain(t, i, 2) || !plain(t, i + 1, 2) || !adjacent(t, i)) return null;
        int end = i + 2;
        int year = 0;
        if (end < t.size() && (plain(t, end, 2) || plain(t, end, 4) && t.w(end).length() == 4) && adjacent(t, i + 1)
                && t.w(end).length() != 3) {
            year = DateMath.fullYear(DateMath.intOf(t.get(end)), today);
            end++;
        }
        boolean closes = end >= t.size() || !t.sameClause(i, end) || lx.timeLinks.at(t, end) != null;
        if (!closes) return null;
        if (year == 0) {
            boolean opens = i == 0 || !t.sameClause(i - 1, i) || lx.dayPrefix.endingAt(t, i - 1) != null;
            if (!opens) return null;
        }
        LocalDate d = dayMonth(DateMath.intOf(t.get(i)), DateMath.intOf(t.get(i + 1)), year, today);
        return d == null ? null : new Hit(i, end, d);
    }

    private LocalDate dayMonth(int x, int y, int year, LocalDate today) {
        int day = lx.dayFirst ? x : y;
        int month = lx.dayFirst ? y : x;
        if (month < 1 || month > 12 || year < 0) return null;
        return DateMath.date(year, month, day, today);
    }

    /** A month written in figures: its first day, or the reference day when it is the current month. */
    private static LocalDate month(int year, int month, LocalDate today) {
        if (month < 1 || month > 12 || year < 1900 || year > 2100) return null;
        Period p = new Period(Period.Unit.MONTH, LocalDate.of(year, month, 1));
        return p.day(today);
    }

    private static LocalDate of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean plain(Tokens t, int k, int maxDigits) {
        if (k >= t.size() || !t.get(k).isNum()) return false;
        String w = t.w(k);
        return w.length() <= maxDigits && w.chars().allMatch(Character::isDigit);
    }

    /** Token {@code k + 1} follows token {@code k} after exactly one space. */
    private static boolean adjacent(Tokens t, int k) {
        if (k + 1 >= t.size() || !t.sameClause(k, k + 1)) return false;
        int e = t.get(k).end();
        return t.get(k + 1).start() == e + 1 && t.original().charAt(e) == ' ';
    }

    private static int tokenEnd(Tokens t, int i, int offset) {
        int j = i + 1;
        while (j < t.size() && t.get(j).start() < offset) j++;
        return j;
    }
}
