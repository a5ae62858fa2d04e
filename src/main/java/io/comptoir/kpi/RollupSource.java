package io.comptoir.kpi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Port: where the daily roll-ups are read from (the store). */
public interface RollupSource {
    /** Counters per day for the days in [from, to] that have any. */
    Map<LocalDate, Counts> daily(String botId, LocalDate from, LocalDate to);

    /** The bot's first day with data, if any. */
    Optional<LocalDate> firstDay(String botId);
}
