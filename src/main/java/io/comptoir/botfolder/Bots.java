package io.comptoir.botfolder;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds a bot from what a user types: a folder path, or the id of an example ("agence-web"), looked up in
 * ./examples and then in the copy bundled in the jar, so that the examples work from anywhere.
 */
public final class Bots {
    static final String EXAMPLES = "examples";

    private Bots() {}

    /** The bot's files: the directory if it exists, else ./examples/&lt;id&gt;, else the bundled example. */
    public static BotFiles resolve(String idOrDir) {
        if (idOrDir == null || idOrDir.isBlank()) throw new ComptoirException.InvalidInput("name a bot folder or an example id");
        Path path = Path.of(idOrDir);
        if (Files.isRegularFile(path) && path.getFileName().toString().equals("bot.yaml")) {
            path = path.toAbsolutePath().getParent();
        }
        if (Files.isDirectory(path)) return new DirectoryBotFiles(path);
        Path example = Path.of(EXAMPLES, idOrDir);
        if (!idOrDir.contains("/") && !idOrDir.contains("\\") && Files.isDirectory(example)) {
            return new DirectoryBotFiles(example);
        }
        String bundled = EXAMPLES + "/" + idOrDir;
        if (!idOrDir.contains("/") && !idOrDir.contains("..") && ClasspathBotFiles.exists(bundled)) {
            return new ClasspathBotFiles(bundled);
        }
        throw new ComptoirException.NotFound("no bot folder '" + idOrDir + "': it is not a directory, nor an example ("
                + String.join(", ", bundled()) + "); create one with `comptoir init " + idOrDir + " --lang fr`");
    }

    /** Resolves and loads a bot; an invalid folder throws {@link InvalidBotException} with every problem. */
    public static BotDefinition load(String idOrDir) {
        return new BotFolderLoader().load(resolve(idOrDir));
    }

    /** Ids of the example bots bundled in the jar. */
    public static List<String> bundled() {
        return ClasspathBotFiles.children(EXAMPLES, true);
    }
}
