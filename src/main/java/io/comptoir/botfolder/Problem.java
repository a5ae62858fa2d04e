package io.comptoir.botfolder;

/**
 * One problem found in a bot folder, worded for its author: the file, the line (1-based; 0 when the whole file is
 * concerned) and a message that says what is wrong and how to fix it.
 */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
