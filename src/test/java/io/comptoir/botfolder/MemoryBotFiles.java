package io.comptoir.botfolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A bot folder held in memory, for tests. */
final class MemoryBotFiles implements BotFiles {
    private final Map<String, String> files = new HashMap<>();

    MemoryBotFiles with(String name, String content) {
        files.put(name, content);
        return this;
    }

    @Override
    public Optional<String> read(String name) { return Optional.ofNullable(files.get(name)); }

    @Override
    public List<String> list(String folder) {
        return files.keySet().stream().filter(n -> n.startsWith(folder + "/"))
                .map(n -> n.substring(folder.length() + 1)).filter(n -> !n.contains("/")).sorted().toList();
    }

    @Override
    public String location() { return "memory"; }
}
