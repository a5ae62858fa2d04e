package io.comptoir.botfolder;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.EnginePorts;
import java.util.List;
import java.util.Optional;

/**
 * What {@code comptoir validate} checks once a bot folder loads: the things that load fine but break or spoil a
 * conversation. It reads the author's texts with the bot's own understanding and FAQ (the real components, given
 * as {@link EnginePorts} by the caller, so that this stays beside the loader and free of wiring). Errors certainly
 * break a conversation; warnings spoil some of them ({@code validate --strict} fails on them too).
 */
public final class BotLint {
    private BotLint() {}

    public static List<Problem> check(BotDefinition bot, BotFiles files, EnginePorts ports) {
        String yaml = files.read(BotYamlReader.FILE).orElse("");
        LintContext cx = new LintContext(bot, ports, yaml, readable(files, BotFolderLoader.FAQ));
        var unreachable = new ReadingLint(cx).run();
        new ConditionLint(cx, unreachable).run();
        new WordingLint(cx).run();
        new PlaceholderLint(cx).run();
        new FaqLint(cx).run();
        return cx.found();
    }

    private static Optional<String> readable(BotFiles files, String name) {
        try {
            return files.read(name);
        } catch (UnreadableFileException e) {
            return Optional.empty(); // the loader reported it
        }
    }
}
