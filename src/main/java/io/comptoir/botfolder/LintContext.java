package io.comptoir.botfolder;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.EnginePorts;
import io.comptoir.engine.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every lint check shares: the loaded bot, the real components its engine talks to (so that the bot's own
 * understanding judges the author's texts), where things are in bot.yaml, the language's lint words and the findings.
 */
final class LintContext {
    static final String FILE = BotYamlReader.FILE;

    final BotDefinition bot;
    final EnginePorts ports;
    final BotYamlLines lines;
    final Optional<String> faq;
    final Texts words;
    private final List<Problem> found = new ArrayList<>();

    LintContext(BotDefinition bot, EnginePorts ports, String yaml, Optional<String> faq) {
        this.bot = bot;
        this.ports = ports;
        this.lines = new BotYamlLines(yaml);
        this.faq = faq;
        this.words = Texts.of(bot.language(), "botfolder/lint.yaml");
    }

    void error(int line, String message) {
        found.add(new Problem(FILE, line, message));
    }

    void warning(int line, String message) {
        found.add(Problem.warning(FILE, line, message));
    }

    void add(Problem p) {
        found.add(p);
    }

    List<Problem> found() {
        return List.copyOf(found);
    }

    /** The folded (lower case, accent-free) words of a key of lint.yaml. */
    List<String> folded(String key) {
        return words.list(key).stream().map(Texts::fold).toList();
    }

    static boolean mentions(String text, List<String> foldedWords) {
        String t = Texts.fold(text);
        return foldedWords.stream().anyMatch(t::contains);
    }

    static String quote(String s) {
        return "'" + s + "'";
    }
}
