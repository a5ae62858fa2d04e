package io.comptoir.understanding.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * A yearly day: fixed ("12-25"), the n-th weekday of a month ("nth 4 thursday 11", -1 for the last one), a day
 * counted from Easter ("easter +1") or a fixed day moved off the weekend ("10-16 weekday": Saturday to Friday,
 * Sunday to Monday). Each may add days after ("nth 4 thursday 11 +1"). The rules are written in dates.yaml.
 */
interface Holiday {
    LocalDate in(int year);

    /** The first occurrence on or after {@code day}. */
    default LocalDate onOrAfter(LocalDate day) {
        LocalDate d = in(day.getYear());
        return d.isBefore(day) ? in(day.getYear() + 1) : d;
    }

    /** The last occurrence strictly before {@code day}. */
    default LocalDate before(LocalDate day) {
        LocalDate d = in(day.getYear());
        return d.isBefore(day) ? d : in(day.getYear() - 1);
    }

    static Holiday parse(String rule) {
        String[] p = rule.trim().split("\\s+");
        return switch (p[0]) {
            case "easter" -> {
                int offset = Integer.parseInt(p[1].replace("+", ""));
                yield y -> easter(y).plusDays(offset);
            }
            case "nth" -> {
                int n = Integer.parseInt(p[1]);
                DayOfWeek dow = DayOfWeek.valueOf(p[2].toUpperCase(java.util.Locale.ROOT));
                int month = Integer.parseInt(p[3]);
                int after = p.length > 4 ? Integer.parseInt(p[4].replace("+", "")) : 0;
                yield y -> LocalDate.of(y, month, 1).with(n > 0 ? TemporalAdjusters.dayOfWeekInMonth(n, dow)
                        : TemporalAdjusters.lastInMonth(dow)).plusDays(after);
            }
            default -> fixed(MonthDay.parse("--" + p[0]), p.length > 1 && "weekday".equals(p[1]));
        };
    }

    private static Holiday fixed(MonthDay md, boolean weekday) {
        return y -> {
            LocalDate d = md.atYear(y);
            if (!weekday) return d;
            return switch (d.getDayOfWeek()) {
                case SATURDAY -> d.minusDays(1);
                case SUNDAY -> d.plusDays(1);
                default -> d;
            };
        };
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
