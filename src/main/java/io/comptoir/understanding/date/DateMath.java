package io.comptoir.understanding.date;

import io.comptoir.understanding.text.Token;
import io.comptoir.understanding.text.Tokens;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** Calendar arithmetic of the date grammar: next occurrences, month ends, years written after a date. */
final class DateMath {
    private DateMath() {}

    static int yearAfter(Tokens t, int k) {
        if (k >= t.size() || !t.get(k).isNum() || t.w(k).length() != 4) return 0;
        int y = intOf(t.get(k));
        return y >= 1900 && y <= 2100 ? y : 0;
    }

    /**
     * The year written after a day and month, past a "/" or "-" ("31/Oct/1974"): {year, end token}, or null. Two
     * figures are a year only when they close the clause ("31 octobre 74"), not "le 3 mars 15 personnes".
     */
    static int[] yearAt(Tokens t, int k, LocalDate today) {
        if (k < t.size() && ("/".equals(t.w(k)) || "-".equals(t.w(k))) && t.sameClause(k - 1, k)) k++;
        int y = yearAfter(t, k);
        if (y > 0) return new int[]{y, k + 1};
        if (k >= t.size() || !t.get(k).isNum() || t.w(k).length() != 2 || !t.w(k).chars().allMatch(Character::isDigit)) return null;
        if (k + 1 < t.size() && t.sameClause(k, k + 1) || !t.sameClause(k - 1, k)) return null;
        return new int[]{fullYear(intOf(t.get(k)), today), k + 1};
    }

    /** A two-figure year: this century unless that is more than twenty years ahead ("74" is 1974). */
    static int fullYear(int y, LocalDate today) {
        if (y >= 100) return y;
        return 2000 + y <= today.getYear() + 20 ? 2000 + y : 1900 + y;
    }

    static int intOf(Token tok) {
        try {
            return tok.number() == null ? -1 : tok.number().intValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    static LocalDate date(int year, int month, int day, LocalDate today) {
        try {
            if (year > 0) return LocalDate.of(year, month, day);
            LocalDate d = LocalDate.of(today.getYear(), month, day);
            return d.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDate nextMonthStart(int month, LocalDate today, String part) {
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        LocalDate reference = "end".equals(part) ? first.withDayOfMonth(first.lengthOfMonth())
                : "mid".equals(part) ? first.withDayOfMonth(15) : first;
        boolean past = "start".equals(part) ? month < today.getMonthValue() : reference.isBefore(today);
        return past ? first.plusYears(1) : first;
    }

    /**
     * Day {@code day} of a month, the first one on or after {@code today} (on or before it when {@code past}) within
     * a year that falls on weekday {@code dow} (1 = Monday); when none does, the nearest such day of a month.
     */
    static LocalDate dayOnWeekday(int day, int dow, LocalDate today, boolean past) {
        LocalDate nearest = null;
        LocalDate month = today.withDayOfMonth(1);
        for (int m = 0; m <= 12; m++, month = past ? month.minusMonths(1) : month.plusMonths(1)) {
            if (day > month.lengthOfMonth()) continue;
            LocalDate d = month.withDayOfMonth(day);
            if (past ? d.isAfter(today) : d.isBefore(today)) continue;
            if (d.getDayOfWeek().getValue() == dow) return d;
            if (nearest == null) nearest = d;
        }
        return nearest;
    }

    /** The next day {@code day} of a month on or after {@code today} ("le 15" said on the 20th is next month's). */
    static LocalDate nextDay(int day, LocalDate today) {
        LocalDate d = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
        for (int m = 0; m < 13 && (d.isBefore(today) || d.getDayOfMonth() != day); m++) {
            LocalDate first = today.withDayOfMonth(1).plusMonths(m + 1L);
            d = day <= first.lengthOfMonth() ? first.withDayOfMonth(day) : first;
        }
        return d;
    }

    static Map<String, DateGrammar.Rel> namedRelatives() {
        return Map.of(
                "end_of_month", d -> d.withDayOfMonth(d.lengthOfMonth()),
                "end_of_year", d -> d.withDayOfYear(d.lengthOfYear()),
                "end_of_week", d -> d.plusDays(Math.max(0, 5 - d.getDayOfWeek().getValue())),
                "end_of_next_week", d -> d.minusDays(d.getDayOfWeek().getValue() - 1L).plusDays(11),
                "next_week", d -> d.minusDays(d.getDayOfWeek().getValue() - 1L).plusDays(7),
                "next_month", d -> d.withDayOfMonth(1).plusMonths(1),
                "end_of_next_month", d -> { LocalDate n = d.withDayOfMonth(1).plusMonths(1); return n.withDayOfMonth(n.lengthOfMonth()); },
                "weekend", d -> d.plusDays((6 - d.getDayOfWeek().getValue() + 7) % 7));
    }
}
