package io.comptoir.cli;

import io.comptoir.ComptoirException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a day given on the command line (--now, --from, --to), with one wording for every bad value. */
final class DateOptions {
    private DateOptions() {}

    static LocalDate day(String value, String option) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ComptoirException.InvalidInput(option + " '" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23");
        }
    }
}
