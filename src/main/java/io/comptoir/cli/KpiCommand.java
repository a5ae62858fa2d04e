package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.http.KpiJson;
import io.comptoir.kpi.KpiReport;
import io.comptoir.kpi.ReportText;
import io.comptoir.store.Database;
import io.comptoir.store.kpi.KpiReports;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comptoir kpi plan DIR} and {@code comptoir kpi report --bot ID}. */
@Command(name = "kpi", description = "KPI plan and reports.", mixinStandardHelpOptions = true,
        subcommands = {KpiCommand.Plan.class, KpiCommand.Report.class, KpiBenchCommand.class})
public final class KpiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "plan", description = "Print a bot's KPI plan as a Markdown table (the workshop's measurement plan).")
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "Bot folder (or the id of a bundled example).")
        String dir;

        @Override
        public Integer call() {
            BotDefinition bot = Bots.load(dir);
            spec.commandLine().getOut().print(ReportText.planMarkdown(bot.name() + " (" + bot.id() + ")", bot.kpiPlan()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "report", description = "KPIs of a bot over a period: value, target, status, previous period, "
            + "sample size, and the per-question funnel.")
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--bot", required = true, paramLabel = "ID",
                description = "Bot id (its folder is ./examples/ID or the bundled example) or bot folder.")
        String bot;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 29 days before --to).")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, included (default: today, UTC).")
        String to;

        @Option(names = "--format", defaultValue = "md", paramLabel = "md|json|csv",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default: " + Database.DEFAULT_URL + ").")
        String db;

        @Option(names = "--all", description = "Report every KPI, not only the plan's.")
        boolean all;

        @Option(names = "--recontact-days", defaultValue = "7", paramLabel = "N",
                description = "Recontact window in days (default: ${DEFAULT-VALUE}).")
        int recontactDays;

        @Override
        public Integer call() {
            if (!format.matches("md|json|csv")) {
                throw new ComptoirException.InvalidInput("unknown --format '" + format + "'; expected md, json or csv");
            }
            if (recontactDays < 1 || recontactDays > 60) {
                throw new ComptoirException.InvalidInput("--recontact-days must be between 1 and 60");
            }
            BotDefinition definition = Bots.load(bot);
            LocalDate end = to == null ? LocalDate.now(ZoneOffset.UTC) : date(to, "--to");
            LocalDate start = from == null ? end.minusDays(29) : date(from, "--from");
            KpiReport r;
            try (Database database = Database.open(db, null)) {
                r = new KpiReports(database.jdbi(), id -> Optional.of(definition))
                        .report(definition.id(), start, end, all, Duration.ofDays(recontactDays));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(switch (format) {
                case "json" -> KpiJson.pretty(r) + "\n";
                case "csv" -> ReportText.reportCsv(r);
                default -> ReportText.reportMarkdown(r);
            });
            out.flush();
            return 0;
        }

        private static LocalDate date(String s, String option) {
            return DateOptions.day(s, option);
        }
    }
}
