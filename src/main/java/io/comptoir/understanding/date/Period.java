package io.comptoir.understanding.date;

import java.time.LocalDate;

/**
 * A calendar period (a week, a month, a quarter...) and the day that stands for it: the reference day when the
 * period holds it ("cette semaine" said on a Tuesday is that Tuesday), else its first day (a weekend's Saturday).
 */
record Period(Unit unit, LocalDate first) {
    enum Unit { DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR }

    /** The period of {@code unit} holding {@code day}; a weekend is the one of that day's week (Friday to Sunday). */
    static Period of(Unit unit, LocalDate day) {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        LocalDate first = switch (unit) {
            case DAY -> day;
            case WEEK -> monday;
            case WEEKEND -> monday.plusDays(4);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
        return new Period(unit, first);
    }

    Period plus(long n) {
        return new Period(unit, plus(unit, first, n));
    }

    static LocalDate plus(Unit unit, LocalDate d, long n) {
        return switch (unit) {
            case DAY -> d.plusDays(n);
            case WEEK, WEEKEND -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case QUARTER -> d.plusMonths(3 * n);
            case YEAR -> d.plusYears(n);
        };
    }

    LocalDate last() {
        return unit == Unit.WEEKEND ? first.plusDays(2) : plus(unit, first, 1).minusDays(1);
    }

    boolean holds(LocalDate d) { return !d.isBefore(first) && !d.isAfter(last()); }

    /** The day given for the period as a whole. */
    LocalDate day(LocalDate today) {
        if (holds(today)) return today;
        return unit == Unit.WEEKEND ? first.plusDays(1) : first;
    }

    /** "fin de semaine" is its Friday (a working day), "fin du mois" its last day; the middle is the Wednesday, the 15th, July. */
    LocalDate end() { return unit == Unit.WEEK ? first.plusDays(4) : last(); }

    LocalDate middle() {
        return switch (unit) {
            case WEEK -> first.plusDays(2);
            case MONTH -> first.withDayOfMonth(15);
            case QUARTER -> first.plusMonths(1).withDayOfMonth(15);
            case YEAR -> first.withMonth(7);
            case DAY -> first;
            default -> first.plusDays(1);
        };
    }

    /** The first days of a period that "début de" / "beginning of" still covers: two days of a week, ten of a month, two months of a year. */
    LocalDate startPartEnd() {
        return switch (unit) {
            case WEEK -> first.plusDays(1);
            case MONTH -> first.plusDays(9);
            case QUARTER -> first.plusMonths(1).minusDays(1);
            case YEAR -> first.plusMonths(2).minusDays(1);
            default -> first;
        };
    }
}
