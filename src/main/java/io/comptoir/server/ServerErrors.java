package io.comptoir.server;

import io.comptoir.ComptoirException;

/** The server's failures, each mapped to one HTTP status in io.comptoir.http.ErrorMapping. */
public final class ServerErrors {
    private ServerErrors() {}

    /** No or wrong credentials. */
    public static final class Unauthorized extends ComptoirException {
        public Unauthorized(String message) { super(message); }
    }

    /** Valid credentials that do not open this resource (a client token on the internal API). */
    public static final class Forbidden extends ComptoirException {
        public Forbidden(String message) { super(message); }
    }

    /** A request body over the size limit; nothing was stored. */
    public static final class TooLarge extends ComptoirException {
        public TooLarge(String message) { super(message); }
    }

    /** Too many messages from one client address. */
    public static final class RateLimited extends ComptoirException {
        public RateLimited(String message) { super(message); }
    }

    /** The conversation cannot take this request in its current state (ended, or still contended after retries). */
    public static final class Conflict extends ComptoirException {
        public Conflict(String message) { super(message); }
    }

    /** The store cannot answer or write now (unreachable, closed, out of space): retry later. */
    public static final class Unavailable extends ComptoirException {
        public Unavailable(String message) { super(message); }
    }
}
