package io.comptoir.botfolder;

import io.comptoir.ComptoirException;

/** A bot file that is not UTF-8 text (often a CSV saved by a spreadsheet in a legacy encoding). */
public final class UnreadableFileException extends ComptoirException.InvalidInput {
    public UnreadableFileException(String name) {
        super("not UTF-8 text; save " + name + " as UTF-8 (in a spreadsheet: CSV UTF-8)");
    }
}
