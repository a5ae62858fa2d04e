package io.comptoir.server;

import io.comptoir.ComptoirException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The internal API key: COMPTOIR_API_KEY, else a key generated once and kept in the data directory. */
public final class ApiKeys {
    public static final String FILE = "internal-api-key";

    private ApiKeys() {}

    public static String internalKey(String fromEnv, Path dataDir) {
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.trim();
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String k = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!k.isEmpty()) return k;
            }
            Files.createDirectories(dataDir);
            String key = "ck_" + Tokens.random(24);
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps its default permissions
            }
            return key;
        } catch (IOException e) {
            throw new ComptoirException("cannot read or create the API key file " + file + ": " + e.getMessage(), e);
        }
    }
}
