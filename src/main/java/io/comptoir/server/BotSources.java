package io.comptoir.server;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.BotFolderLoader;
import io.comptoir.botfolder.Bots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the bot folders a server serves: every folder with a bot.yaml under a directory, or the bundled examples. */
public final class BotSources {
    private BotSources() {}

    /** Loads and validates every bot; {@code dir} null means the examples bundled in the jar. */
    public static List<BotDefinition> load(Path dir) {
        List<BotDefinition> out = new ArrayList<>();
        if (dir == null) {
            for (String id : Bots.bundled()) out.add(Bots.load(id));
            return out;
        }
        if (!Files.isDirectory(dir)) throw new ComptoirException.InvalidInput("--bots " + dir + " is not a directory");
        if (Files.isRegularFile(dir.resolve("bot.yaml"))) return List.of(new BotFolderLoader().load(dir));
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.sorted().toList())
                if (Files.isRegularFile(p.resolve("bot.yaml"))) out.add(new BotFolderLoader().load(p));
        } catch (IOException e) {
            throw new ComptoirException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) throw new ComptoirException.InvalidInput("no bot folder (a folder with a bot.yaml) under "
                + dir + "; create one with `comptoir init " + dir.resolve("my-bot") + " --lang fr`");
        return out;
    }
}
