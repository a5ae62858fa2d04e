package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.loadtest.LoadReport;
import io.comptoir.loadtest.LoadTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs concurrent scripted conversations against a running server and reports throughput and latency. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Run concurrent scripted conversations against a server and report throughput and latency.")
public final class LoadtestCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--bot", defaultValue = "agence-web", description = "Bot id (default: ${DEFAULT-VALUE}).")
    String bot;

    @Option(names = "--conversations", defaultValue = "200", description = "Concurrent conversations (default: ${DEFAULT-VALUE}).")
    int conversations;

    @Option(names = "--duration", defaultValue = "30s", description = "How long to measure, after the warm-up: 30s, 2m, 500ms (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "5s",
            description = "Turns sent first and not recorded, to warm up both sides (default: ${DEFAULT-VALUE}).")
    String warmup;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0",
            description = "Offered load in turns per second in total, spread over the conversations; latency is then"
                    + " measured from each turn's scheduled send time. 0: closed loop, as fast as replies come"
                    + " (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--script", paramLabel = "FILE", description = "Client messages, one a line (default: a built-in script in the bot's language).")
    Path script;

    @Option(names = "--lang", defaultValue = "fr", description = "Language of the built-in script: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        if (conversations < 1 || conversations > 5000)
            throw new ComptoirException.InvalidInput("--conversations must be between 1 and 5000");
        if (!(rate >= 0) || Double.isInfinite(rate))
            throw new ComptoirException.InvalidInput("--rate must be a number of turns per second, 0 or more (0: closed loop)");
        Duration d = parseDuration(duration);
        if (d.isNegative() || d.isZero()) throw new ComptoirException.InvalidInput("--duration must be more than 0");
        Duration w = parseDuration(warmup);
        if (w.isNegative()) throw new ComptoirException.InvalidInput("--warmup must be 0 or more");
        List<String> lines = script != null ? read(script) : builtIn(lang);
        String base = url.replaceAll("/+$", "");
        System.out.printf("comptoir loadtest: %d conversations with %s against %s, %s, %s warm-up then %s measured%n",
                conversations, bot, base, rate > 0 ? LoadReport.rate(rate) + " turns/s offered"
                        : "closed loop", warmup, duration);
        LoadTest test = new LoadTest(new LoadTest.Settings(base, bot, conversations, d, w, rate, lines), System.out::println);
        LoadReport report = test.runOrFail();
        System.out.print(report.render());
        return report.turns() == 0 ? 1 : 0;
    }

    static Duration parseDuration(String s) {
        String t = s.trim().toLowerCase();
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("h")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 3_600_000));
            if (t.endsWith("m")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
            return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new ComptoirException.InvalidInput("'" + s + "' is not a duration; use e.g. 30s, 2m, 1h or 500ms");
        }
    }

    private static List<String> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) throw new ComptoirException.InvalidInput(file + " has no message lines");
            return lines;
        } catch (IOException e) {
            throw new ComptoirException.InvalidInput("cannot read --script " + file + ": " + e.getMessage());
        }
    }

    private static List<String> builtIn(String lang) {
        try (InputStream in = LoadtestCommand.class.getClassLoader().getResourceAsStream("loadtest/" + lang + ".txt")) {
            if (in == null) throw new ComptoirException.InvalidInput("--lang must be fr or en");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new ComptoirException("cannot read the built-in script: " + e.getMessage());
        }
    }
}
