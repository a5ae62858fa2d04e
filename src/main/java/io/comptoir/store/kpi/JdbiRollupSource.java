package io.comptoir.store.kpi;

import io.comptoir.kpi.CounterKey;
import io.comptoir.kpi.Counts;
import io.comptoir.kpi.Metric;
import io.comptoir.kpi.RollupSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** Reads the daily roll-ups: a handful of rows per day, whatever the number of conversations. */
public final class JdbiRollupSource implements RollupSource {
    private final Jdbi jdbi;

    public JdbiRollupSource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<LocalDate, Counts> daily(String botId, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<CounterKey, Long>> days = new TreeMap<>();
        // Shards are summed here rather than with GROUP BY: streaming the index range is cheaper on H2.
        Map<String, Metric> metrics = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT stat_day, metric, bucket, amount FROM kpi_daily"
                        + " WHERE bot_id = :bot AND stat_day BETWEEN :from AND :to")
                .bind("bot", botId).bind("from", from).bind("to", to).setFetchSize(5000)
                .map((rs, ctx) -> {
                    Metric m = metrics.computeIfAbsent(rs.getString(2), JdbiRollupSource::parse);
                    if (m != null) {
                        days.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new HashMap<>())
                                .merge(new CounterKey(m, rs.getString(3)), rs.getLong(4), Long::sum);
                    }
                    return 0;
                }).forEach(x -> { }));
        Map<LocalDate, Counts> out = new TreeMap<>();
        days.forEach((d, m) -> out.put(d, Counts.of(m)));
        return out;
    }

    @Override
    public Optional<LocalDate> firstDay(String botId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(stat_day) FROM kpi_daily WHERE bot_id = :bot")
                .bind("bot", botId).map((rs, ctx) -> rs.getObject(1, LocalDate.class)).findOne()
                .filter(java.util.Objects::nonNull));
    }

    /** The bot's last day with data, if any. */
    public Optional<LocalDate> lastDay(String botId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(stat_day) FROM kpi_daily WHERE bot_id = :bot")
                .bind("bot", botId).map((rs, ctx) -> rs.getObject(1, LocalDate.class)).findOne()
                .filter(java.util.Objects::nonNull));
    }

    /** Counters written by a newer version are skipped, not fatal. */
    private static Metric parse(String name) {
        try {
            return Metric.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
