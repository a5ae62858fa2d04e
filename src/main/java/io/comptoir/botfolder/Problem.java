package io.comptoir.botfolder;

/**
 * One problem found in a bot folder, worded for its author: the file, the line (1-based; 0 when the whole file is
 * concerned) and a message that says what is wrong and how to fix it.
 *
 * @param warning true for something that works but will read or behave badly in some conversations; false for an
 *                error, which stops the bot from loading (loader) or certainly breaks a conversation (lint)
 */
public record Problem(String file, int line, String message, boolean warning) {
    /** An error. */
    public Problem(String file, int line, String message) {
        this(file, line, message, false);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, message, true);
    }

    /** The same problem in another file path (e.g. made relative to where the author runs the command). */
    public Problem in(String otherFile) {
        return new Problem(otherFile, line, message, warning);
    }

    /** "file:line: message" for an error, "file:line: warning: message" for a warning, like compilers. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ": " : file + ": ";
        return where + (warning ? "warning: " : "") + message;
    }
}
