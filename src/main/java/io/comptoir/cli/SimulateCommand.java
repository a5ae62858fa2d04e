package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.simulate.Mix;
import io.comptoir.simulate.ServiceTraffic;
import io.comptoir.simulate.Simulator;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.Database;
import io.comptoir.store.kpi.KpiListener;
import io.comptoir.wire.ComptoirEngines;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comptoir simulate DIR --conversations N}: synthetic traffic through the real engine into the store. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Generate realistic synthetic conversations through the real engine.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Bot folder (or the id of a bundled example).")
    String dir;

    @Option(names = "--conversations", required = true, paramLabel = "N", description = "How many conversations.")
    int conversations;

    @Option(names = "--mix", defaultValue = Mix.DEFAULT, paramLabel = "persona:share,...",
            description = "Persona shares (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--days", defaultValue = "90", paramLabel = "D",
            description = "Spread the conversations over the last D days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--now", paramLabel = "ISO_INSTANT",
            description = "End of the simulated period (default: now), e.g. 2026-11-25T00:00:00Z.")
    String now;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default: " + Database.DEFAULT_URL + ").")
    String db;

    @Override
    public Integer call() {
        if (conversations < 1) throw new ComptoirException.InvalidInput("--conversations must be at least 1");
        if (days < 1 || days > 3650) throw new ComptoirException.InvalidInput("--days must be between 1 and 3650");
        Mix parsed = Mix.parse(mix);
        Instant end = end();
        BotDefinition bot = Bots.load(dir);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(bulk(db), null)) {
            ConversationStore store = new ConversationStore(database.jdbi());
            store.addListener(KpiListener.forBots(id -> id.equals(bot.id()) ? Optional.of(bot) : Optional.empty()));
            Simulator sim = new Simulator(bot, new ServiceTraffic(bot, ComptoirEngines.create(bot), store));
            ProgressBar bar = new ProgressBar(err);
            long t0 = System.nanoTime();
            Simulator.Summary s = sim.run(new Simulator.Options(conversations, parsed, days, seed, end), bar::update);
            double secs = (System.nanoTime() - t0) / 1e9;
            bar.done();
            out.printf(Locale.ROOT, "Simulated %d conversations (%d client turns) for %s over %d days up to %s in %.1f s: "
                            + "%.0f conversations/s, %.0f turns/s.%n", s.conversations(), s.turns(), bot.id(), days,
                    end, secs, s.conversations() / secs, s.turns() / secs);
            out.printf("Personas: %s; ratings: %d; purchases: %d.%n", s.personas(), s.ratings(), s.purchases());
            out.printf("See the KPIs: comptoir kpi report --bot %s --from %s%s%n", bot.id(),
                    end.minus(days, ChronoUnit.DAYS).toString().substring(0, 10), db == null ? "" : " --db '" + db + "'");
            out.flush();
        }
        return 0;
    }

    /**
     * Simulation is a bulk load: on H2, commits are flushed lazily (every second) instead of at every turn. Every
     * write is still a transaction through the server's store; only the fsync per turn is skipped.
     */
    static String bulk(String url) {
        String u = url == null ? Database.DEFAULT_URL : url;
        return u.startsWith("jdbc:h2:file:") && !u.contains("WRITE_DELAY") ? u + ";WRITE_DELAY=1000" : u;
    }

    private Instant end() {
        if (now == null) return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            return Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new ComptoirException.InvalidInput("--now '" + now + "' is not an instant; use e.g. 2026-11-25T00:00:00Z");
        }
    }

    /** A one-line progress bar on stderr, redrawn at most every percent. */
    static final class ProgressBar {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private int lastPercent = -1;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        void update(int done, int total) {
            int percent = (int) (100L * done / total);
            if (percent == lastPercent) return;
            lastPercent = percent;
            int width = 30;
            int filled = percent * width / 100;
            double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d conversations, %.0f/s", "#".repeat(filled),
                    ".".repeat(width - filled), percent, done, total, done / secs);
            err.flush();
        }

        void done() {
            err.println();
            err.flush();
        }
    }
}
