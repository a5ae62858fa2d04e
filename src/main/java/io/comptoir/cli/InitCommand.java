package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.botfolder.BotScaffold;
import io.comptoir.understanding.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comptoir init DIR --lang fr|en [--name …]}: scaffolds a small working bot to edit. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a small working bot folder to edit.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new bot folder (must not exist or be empty).")
    Path dir;

    @Option(names = "--lang", defaultValue = "fr", description = "Language of the bot: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--name", description = "Name clients see (default: from the folder name).")
    String name;

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang).orElseThrow(() ->
                new ComptoirException.InvalidInput("--lang must be fr or en, not '" + lang + "'"));
        List<Path> files = BotScaffold.create(dir, language, name);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + dir + ":");
        for (Path f : files) out.println("  " + dir.relativize(f));
        out.println();
        out.println("Next steps:");
        out.println("  1. Edit " + dir.resolve("bot.yaml") + ": welcome, questions, options, calls to action, KPI plan.");
        out.println("  2. Edit " + dir.resolve("faq.md") + " with your real questions and answers.");
        out.println("  3. comptoir validate " + dir + "    checks every file and names each problem's line");
        out.println("  4. comptoir chat " + dir + "        talk to your bot in the terminal");
        out.println("  5. comptoir test " + dir + "        replays the scenarios in " + dir.resolve("scenarios"));
        out.flush();
        return 0;
    }
}
