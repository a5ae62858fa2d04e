package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.store.Database;
import io.comptoir.store.kpi.KpiBench;
import io.comptoir.store.kpi.KpiReports;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code comptoir kpi bench}: report time at growing traffic. Starts from conversations simulated through the
 * engine into --db, and scales them up with shifted replicas (see {@link KpiBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure KPI report time at 10k, 100k, 1M conversations (replicas of a simulated base).")
final class KpiBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bot", required = true, paramLabel = "ID", description = "Bot simulated into --db.")
    String bot;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "Database holding the simulation.")
    String db;

    @Option(names = "--sizes", defaultValue = "10000,100000,1000000", paramLabel = "N,N,...",
            description = "Conversation counts to measure (default: ${DEFAULT-VALUE}).")
    String sizes;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "R", description = "Timed reports per size (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--events", description = "Also copy the raw events for each replica (real table sizes; slow).")
    boolean events;

    @Override
    public Integer call() {
        BotDefinition definition = Bots.load(bot);
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(db, null)) {
            KpiBench bench = new KpiBench(database.jdbi(), definition.id());
            int base = bench.baseConversations();
            if (base == 0) throw new ComptoirException.InvalidInput("no simulated conversations for '" + definition.id()
                    + "' in " + db + ": run `comptoir simulate` with the same --db first");
            KpiReports reports = new KpiReports(database.jdbi(), id -> Optional.of(definition));
            out.printf("Base: %d conversations simulated through the engine; replicas shifted by 0-11 x 30 days.%n%n", base);
            out.println("| Conversations | Roll-up rows | Event rows | Report, whole period (median of " + runs
                    + ") | Report, last 30 days (median) | First report |");
            out.println("|---|---|---|---|---|---|");
            out.flush();
            int copied = 1;
            for (String s : sizes.split(",")) {
                int replicas = Math.max(1, Math.round(Integer.parseInt(s.trim()) / (float) base));
                bench.rollups(replicas);
                if (events && replicas > copied) {
                    bench.copyEvents(copied, replicas);
                    copied = replicas;
                }
                var days = reports.days(definition.id());
                LocalDate first = days.get(0), last = days.get(1);
                double cold = time(reports, definition.id(), first, last);
                double[] full = new double[runs], month = new double[runs];
                for (int i = 0; i < runs; i++) {
                    full[i] = time(reports, definition.id(), first, last);
                    month[i] = time(reports, definition.id(), last.minusDays(29), last);
                }
                List<Long> rows = bench.sizes();
                out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.0f ms | %.0f ms | %.0f ms |%n", (long) replicas * base,
                        rows.get(0), rows.get(1), median(full), median(month), cold);
                out.flush();
            }
        }
        return 0;
    }

    private static double time(KpiReports reports, String bot, LocalDate from, LocalDate to) {
        long t0 = System.nanoTime();
        reports.report(bot, from, to, true, Duration.ofDays(7));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
