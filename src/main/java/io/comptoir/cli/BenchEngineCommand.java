package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.BotFiles;
import io.comptoir.botfolder.BotFolderLoader;
import io.comptoir.botfolder.Bots;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.EnginePorts;
import io.comptoir.engine.Engines;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.TurnResult;
import io.comptoir.engine.UserTurn;
import io.comptoir.note.CrmNotes;
import io.comptoir.scenario.Scenario;
import io.comptoir.wire.ComptoirEngines;
import io.comptoir.wire.ScenarioYaml;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * In-process engine throughput: replays the bot's scenario conversations (every client turn, the close and the note)
 * in a loop on one thread, after a warm-up, and reports turns per second.
 */
@Command(name = "engine", description = "Measure in-process engine turns per second.")
public final class BenchEngineCommand implements Callable<Integer> {
    @Option(names = "--bot", defaultValue = "agence-web", description = "Bot folder or example id (default: agence-web)")
    String bot;

    @Option(names = "--seconds", defaultValue = "10", description = "Measurement time after warm-up (default: 10)")
    int seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (seconds < 1) throw new ComptoirException.InvalidInput("--seconds must be at least 1");
        BotFiles files = Bots.resolve(bot);
        BotDefinition def = new BotFolderLoader().load(files);
        long[] nanos = new long[5];
        ConversationEngine engine = Engines.create(def, timed(ComptoirEngines.ports(def), nanos));
        List<List<String>> scripts = ScenarioYaml.loadAll(files).stream()
                .map(s -> s.turns().stream().map(Scenario.Step::user).toList()).toList();
        if (scripts.isEmpty()) throw new ComptoirException.InvalidInput(bot + ": no scenarios to replay; add scenarios/*.yaml");
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench engine: bot %s, %d scripted conversations, warm-up %d s, measure %d s%n",
                def.id(), scripts.size(), Math.max(2, seconds / 2), seconds);
        out.flush();
        run(def, engine, scripts, Math.max(2, seconds / 2) * 1_000_000_000L);
        java.util.Arrays.fill(nanos, 0);
        long[] r = run(def, engine, scripts, seconds * 1_000_000_000L);
        double secs = r[2] / 1e9;
        out.printf(Locale.ROOT, "turns: %d in %.2f s -> %.0f turns/s (%.1f µs per turn); conversations: %.0f/s (with note)%n",
                r[0], secs, r[0] / secs, secs * 1e6 / r[0], r[1] / secs);
        long ports = java.util.Arrays.stream(nanos).sum();
        out.printf(Locale.ROOT, "per turn: understanding %.0f µs, choice matching %.0f µs, FAQ %.0f µs, recommendation %.0f µs, "
                        + "scope %.0f µs, engine itself (incl. note) %.0f µs%n", nanos[0] / 1e3 / r[0], nanos[1] / 1e3 / r[0],
                nanos[2] / 1e3 / r[0], nanos[3] / 1e3 / r[0], nanos[4] / 1e3 / r[0], (r[2] - ports) / 1e3 / r[0]);
        out.flush();
        return 0;
    }

    /** Wraps each port to add the time spent in it to {@code nanos} (single-threaded benchmark). */
    private static EnginePorts timed(EnginePorts p, long[] nanos) {
        return new EnginePorts(
                (text, ctx) -> { long t = System.nanoTime(); try { return p.understander().analyze(text, ctx); } finally { nanos[0] += System.nanoTime() - t; } },
                (text, c, l) -> { long t = System.nanoTime(); try { return p.matcher().matchAll(text, c, l); } finally { nanos[1] += System.nanoTime() - t; } },
                q -> { long t = System.nanoTime(); try { return p.faq().ask(q); } finally { nanos[2] += System.nanoTime() - t; } },
                req -> { long t = System.nanoTime(); try { return p.recommender().recommend(req); } finally { nanos[3] += System.nanoTime() - t; } },
                (text, a) -> { long t = System.nanoTime(); try { return p.scope().inScope(text, a); } finally { nanos[4] += System.nanoTime() - t; } });
    }

    /** @return turns, conversations, elapsed nanoseconds */
    private static long[] run(BotDefinition def, ConversationEngine engine, List<List<String>> scripts, long budgetNanos) {
        long start = System.nanoTime(), turns = 0, conversations = 0, sink = 0;
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        while (System.nanoTime() - start < budgetNanos) {
            for (List<String> script : scripts) {
                TurnResult r = engine.start("bench-" + conversations, t0);
                int i = 0;
                for (String msg : script) {
                    r = engine.handle(r.state(), new UserTurn(msg, t0.plusSeconds(60L * ++i)));
                    turns++;
                }
                r = engine.close(r.state(), EndReason.COMPLETED, t0.plusSeconds(60L * (i + 1)));
                sink += CrmNotes.of(def, r.state()).summary().length();
                conversations++;
            }
        }
        if (sink == 42) System.out.print("");
        return new long[] {turns, conversations, System.nanoTime() - start};
    }
}
