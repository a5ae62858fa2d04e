package io.comptoir.store.kpi;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.kpi.KpiCalculator;
import io.comptoir.kpi.KpiReport;
import io.comptoir.kpi.ReportBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/** KPI reports of the bots a store holds, read from the daily roll-ups (shared by the CLI and the console). */
public final class KpiReports {
    /** Longest period a report covers (daily series included). */
    public static final int MAX_DAYS = 3660;

    private final JdbiRollupSource source;
    private final Function<String, Optional<BotDefinition>> bots;

    public KpiReports(Jdbi jdbi, Function<String, Optional<BotDefinition>> bots) {
        this.source = new JdbiRollupSource(jdbi);
        this.bots = bots;
    }

    /** The first and last days with data for a bot (both null-free; throws when there is none). */
    public java.util.List<LocalDate> days(String botId) {
        LocalDate first = source.firstDay(botId).orElseThrow(() ->
                new ComptoirException.NotFound("no KPI data for bot '" + botId + "'"));
        return java.util.List.of(first, source.lastDay(botId).orElse(first));
    }

    public KpiReport report(String botId, LocalDate from, LocalDate to, boolean all, Duration recontactWindow) {
        if (to.isBefore(from)) {
            throw new ComptoirException.InvalidInput("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ComptoirException.InvalidInput("the period is longer than " + MAX_DAYS + " days; shorten it");
        }
        BotDefinition bot = bots.apply(botId).orElseThrow(() -> new ComptoirException.NotFound("unknown bot '" + botId + "'"));
        return new ReportBuilder(source, new KpiCalculator(recontactWindow)).build(bot.id(),
                bot.questions().stream().map(Question::id).toList(), bot.kpiPlan(), from, to, all);
    }
}
