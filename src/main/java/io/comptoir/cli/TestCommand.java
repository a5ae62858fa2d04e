package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.BotFiles;
import io.comptoir.botfolder.BotFolderLoader;
import io.comptoir.botfolder.Bots;
import io.comptoir.scenario.Scenario;
import io.comptoir.scenario.ScenarioKpis;
import io.comptoir.scenario.ScenarioResult;
import io.comptoir.scenario.ScenarioRunner;
import io.comptoir.scenario.Transcript;
import io.comptoir.wire.ComptoirEngines;
import io.comptoir.wire.ScenarioYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs bot scenarios: a table of results, the KPIs they predict, JUnit XML for CI; exit 1 on any failure. */
@Command(name = "test", description = "Run a bot's scenario files and report each expectation.")
public final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Bot folders or example ids")
    List<String> dirs;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write a JUnit XML report")
    Path junit;

    @Option(names = "--verbose", description = "Show the transcript, acts and slots of every scenario, not only the failed ones")
    boolean verbose;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only the scenario with this name or file name")
    String only;

    @Spec
    CommandSpec spec;

    /** Every scenario of one bot folder, run through the real engine. */
    public static List<ScenarioResult> runBot(String dir) {
        return runBot(dir, null);
    }

    /** The scenarios of one bot folder whose name or file name is {@code only} (every one when null). */
    static List<ScenarioResult> runBot(String dir, String only) {
        BotFiles files = Bots.resolve(dir);
        BotDefinition bot = new BotFolderLoader().load(files);
        ScenarioRunner runner = new ScenarioRunner(bot, ComptoirEngines.create(bot));
        List<ScenarioResult> out = new ArrayList<>();
        for (Scenario s : ScenarioYaml.loadAll(files)) if (only == null || named(s, only)) out.add(runner.run(s));
        return out;
    }

    /** "Client idéal", "01-client-ideal" or "scenarios/01-client-ideal.yaml" all name the same scenario. */
    static boolean named(Scenario s, String name) {
        String file = s.file().replaceFirst("^.*/", "").replaceFirst("\\.ya?ml$", "");
        return name.equalsIgnoreCase(s.name()) || name.equalsIgnoreCase(file) || name.equalsIgnoreCase(s.file())
                || name.equalsIgnoreCase(file + ".yaml");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<List<ScenarioResult>> perBot = new ArrayList<>();
        for (String d : dirs) perBot.add(runBot(d, only));
        List<ScenarioResult> all = perBot.stream().flatMap(List::stream).toList();
        if (all.isEmpty() && only != null) {
            throw new ComptoirException.InvalidInput("no scenario named '" + only + "' in " + String.join(", ", dirs)
                    + "; give a scenario's name or file name, as in the table `comptoir test` prints");
        }
        if (all.isEmpty()) throw new ComptoirException.InvalidInput("no scenarios found: add scenarios/*.yaml to " + String.join(", ", dirs));
        out.print(table(all));
        for (ScenarioResult r : all) {
            if (verbose || !r.passed()) out.print(System.lineSeparator() + Transcript.of(r, verbose));
        }
        long failed = all.stream().filter(r -> !r.passed()).count();
        out.printf(Locale.ROOT, "%n%d scenarios, %d passed, %d failed%n", all.size(), all.size() - failed, failed);
        if (failed > 0 && only == null) {
            out.println("Rerun one scenario with --only NAME; add --verbose to see every scenario's transcript.");
        }
        out.println();
        out.println("Predicted KPIs (each scenario counted as one conversation):");
        out.printf(Locale.ROOT, "%-16s %9s %14s %11s %13s %16s%n", "bot", "scenarios", "qualification", "conversion", "out of scope", "turns to qualify");
        for (List<ScenarioResult> bot : perBot) {
            if (bot.isEmpty()) continue;
            ScenarioKpis k = ScenarioKpis.of(bot.get(0).bot(), bot);
            out.printf(Locale.ROOT, "%-16s %9d %13.0f%% %10.0f%% %12.0f%% %16s%n", k.bot(), k.scenarios(), k.qualificationRate(),
                    k.conversion(), k.outOfScopeRate(), k.turnsToQualify().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", k.turnsToQualify().getAsDouble()) : "no data");
        }
        out.flush();
        if (junit != null) writeJunit(junit, perBot);
        return failed == 0 ? 0 : 1;
    }

    static String table(List<ScenarioResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-16s %-44s %5s  %s%n", "bot", "scenario", "turns", "result"));
        for (ScenarioResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-16s %-44s %5d  %s%n", r.bot(), cut(r.scenario().name(), 44), r.turns(),
                    r.passed() ? "PASS" : "FAIL  " + r.failure()));
        }
        return sb.toString();
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    static void writeJunit(Path file, List<List<ScenarioResult>> perBot) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (List<ScenarioResult> bot : perBot) {
            if (bot.isEmpty()) continue;
            long failures = bot.stream().filter(r -> !r.passed()).count();
            x.append("  <testsuite name=\"").append(esc(bot.get(0).bot())).append("\" tests=\"").append(bot.size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
            for (ScenarioResult r : bot) {
                x.append("    <testcase classname=\"").append(esc(r.bot())).append("\" name=\"").append(esc(r.scenario().name()))
                        .append("\" file=\"").append(esc(r.scenario().file())).append("\"");
                if (r.passed()) x.append("/>\n");
                else x.append(">\n      <failure message=\"").append(attr(Transcript.of(r, false))).append("\">")
                        .append(esc(Transcript.of(r, false))).append("</failure>\n    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        x.append("</testsuites>\n");
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, x.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComptoirException.InvalidInput("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** An attribute keeps its line breaks only as character references. */
    private static String attr(String s) {
        return esc(s).replace("\n", "&#10;");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
