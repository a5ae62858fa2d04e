package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.BotFiles;
import io.comptoir.botfolder.BotFolderLoader;
import io.comptoir.botfolder.BotLint;
import io.comptoir.botfolder.Bots;
import io.comptoir.botfolder.LoadResult;
import io.comptoir.botfolder.Problem;
import io.comptoir.botfolder.ScenarioCheck;
import io.comptoir.wire.ComptoirEngines;
import io.comptoir.wire.ScenarioYaml;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comptoir validate DIR...}: checks bot folders and prints every problem as {@code file:line: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check bot folders: every problem with its file, line and fix; warnings fail with --strict.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Bot folders, or ids of bundled examples (agence-web).")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = true;
        for (String dir : dirs) {
            BotFiles files;
            try {
                files = Bots.resolve(dir);
            } catch (ComptoirException e) {
                out.println(dir + ": " + e.getMessage());
                ok = false;
                continue;
            }
            LoadResult result = new BotFolderLoader().check(files);
            List<Problem> problems = new ArrayList<>(result.problems());
            result.definition().ifPresent(bot -> problems.addAll(BotLint.check(bot, files, ComptoirEngines.ports(bot))));
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Problem p : problems) (p.warning() ? warnings : errors).add(p.in(path(files, p.file())).toString());
            errors.addAll(scenarioProblems(files, result.definition().orElse(null)));
            errors.forEach(out::println);
            warnings.forEach(out::println);
            String warned = warnings.isEmpty() ? "" : ", " + count(warnings.size(), "warning")
                    + (strict ? " (failing: --strict)" : " (--strict makes them fail)");
            if (errors.isEmpty()) {
                out.println(summary(result.definition().orElseThrow(), files) + warned);
            } else {
                out.println(dir + ": " + count(errors.size(), "problem") + warned);
            }
            ok &= errors.isEmpty() && (!strict || warnings.isEmpty());
        }
        out.flush();
        return ok ? 0 : 1;
    }

    /** Each scenario file is read by the scenario loader, which stops at its first problem: one line per file. */
    private static List<String> scenarioProblems(BotFiles files, BotDefinition bot) {
        List<String> out = new ArrayList<>();
        for (String name : files.list("scenarios")) {
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) continue;
            String rel = "scenarios/" + name;
            try {
                String text = files.read(rel).orElse("");
                ScenarioYaml.parse(rel, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                if (bot != null) ScenarioCheck.check(bot, rel, text).forEach(p -> out.add(p.in(path(files, p.file())).toString()));
            } catch (ComptoirException e) {
                String msg = e.getMessage().startsWith(rel) ? e.getMessage() : rel + ": " + e.getMessage();
                out.add(files.location() + "/" + msg);
            }
        }
        return out;
    }

    /** "agence-web: OK (5 questions, 27 FAQ entries, …)". */
    static String summary(BotDefinition bot, BotFiles files) {
        List<String> parts = new ArrayList<>();
        parts.add(count(bot.questions().size(), "question"));
        parts.add(count(bot.knowledge().faq().size(), "FAQ entry", "FAQ entries"));
        if (!bot.knowledge().catalog().isEmpty()) parts.add(count(bot.knowledge().catalog().size(), "catalog item"));
        if (!bot.knowledge().synonyms().isEmpty()) parts.add(count(bot.knowledge().synonyms().size(), "synonym group"));
        parts.add(count(bot.ctaRules().size(), "call-to-action rule"));
        parts.add(count(bot.kpiPlan().size(), "KPI"));
        long scenarios = files.list("scenarios").stream().filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).count();
        parts.add(count((int) scenarios, "scenario"));
        return bot.id() + ": OK (" + String.join(", ", parts) + ")";
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A file's path as the user can open it. */
    private static String path(BotFiles files, String file) {
        return files.location().endsWith("/") ? files.location() + file : files.location() + "/" + file;
    }
}
