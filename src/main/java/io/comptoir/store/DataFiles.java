package io.comptoir.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Data files (database, keys) are readable by the server's user only: rwx------ for folders, rw------- for files. */
public final class DataFiles {
    private DataFiles() {}

    /** Restricts an existing file or folder; a missing one or a non-POSIX file system is left as is. */
    public static void ownerOnly(Path path) {
        if (!Files.exists(path)) return;
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------");
        try {
            Files.setPosixFilePermissions(path, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX, or not ours to change: the operator's umask applies
        }
    }
}
