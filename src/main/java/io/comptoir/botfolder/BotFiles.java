package io.comptoir.botfolder;

import java.util.List;
import java.util.Optional;

/**
 * Port: where a bot folder's files come from, so that a bot loads the same way from a directory on disk and from
 * the copy of the examples bundled in the jar. Names are relative to the folder, with '/' separators.
 */
public interface BotFiles {
    /**
     * The file's text (UTF-8), or empty when the file does not exist.
     *
     * @throws UnreadableFileException when the file is not UTF-8 text
     */
    Optional<String> read(String name);

    /** Names of the regular files directly inside a sub-folder (e.g. "scenarios"), sorted; empty when none. */
    List<String> list(String folder);

    /** Where the files are, for messages and relative paths: the directory path or "classpath:examples/<id>". */
    String location();
}
