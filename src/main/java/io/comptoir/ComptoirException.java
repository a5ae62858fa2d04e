package io.comptoir;

/**
 * The one unchecked exception root. Subclasses say what went wrong in words a user can act on; adapters
 * map them to exit codes (CLI) or HTTP statuses (server) in one place each. Expected conversation
 * outcomes ("not understood", "out of scope") are results, never exceptions.
 */
public class ComptoirException extends RuntimeException {
    public ComptoirException(String message) { super(message); }

    public ComptoirException(String message, Throwable cause) { super(message, cause); }

    /** Process exit code for the CLI. */
    public int exitCode() { return 1; }

    /** A bad request or bad bot folder: the user can fix it. */
    public static class InvalidInput extends ComptoirException {
        public InvalidInput(String message) { super(message); }
        @Override public int exitCode() { return 2; }
    }

    /** Something asked for does not exist (bot, conversation). */
    public static class NotFound extends ComptoirException {
        public NotFound(String message) { super(message); }
        @Override public int exitCode() { return 3; }
    }
}
