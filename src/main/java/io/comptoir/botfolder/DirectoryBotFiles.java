package io.comptoir.botfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A bot folder on disk. */
public final class DirectoryBotFiles implements BotFiles {
    private final Path dir;

    public DirectoryBotFiles(Path dir) {
        this.dir = dir;
    }

    public Path directory() { return dir; }

    @Override
    public Optional<String> read(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Texts.decode(name, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> list(String folder) {
        Path sub = dir.resolve(folder);
        if (!Files.isDirectory(sub)) return List.of();
        try (Stream<Path> files = Files.list(sub)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String location() { return dir.toString(); }
}
