package io.comptoir.server;

import io.comptoir.ComptoirException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Bounds on what reaches the store, checked before it: PostgreSQL refuses a NUL character in text (H2 keeps it),
 * and a value over a column's size or a number past its range would fail the whole write.
 */
public final class Inputs {
    /** The external_key column's size. */
    public static final int MAX_EXTERNAL_KEY = 200;
    public static final int MAX_CLIENT_MESSAGE_ID = 100;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    /** Purchases are posted after the fact: a time further ahead than a clock skew is a mistake. */
    public static final Duration MAX_FUTURE = Duration.ofDays(1);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private Inputs() {}

    /** The text without the characters no store keeps: NUL and unpaired surrogates (not valid UTF-8). */
    public static String clean(String s) {
        if (s == null || !needsCleaning(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c != '\0' && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsCleaning(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') return true;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    /** A key fit for the external_key column, or null when it cannot be one (too long or with characters refused). */
    public static String externalKey(String key) {
        if (key == null) return null;
        if (key.length() > MAX_EXTERNAL_KEY || !clean(key).equals(key))
            throw new ComptoirException.InvalidInput("the conversation key is longer than " + MAX_EXTERNAL_KEY
                    + " characters or holds a character that cannot be stored");
        return key;
    }

    /** A client message id: 1 to 100 printable characters, or null when none was given. */
    public static String clientMessageId(String id) {
        if (id == null) return null;
        if (id.isEmpty() || id.length() > MAX_CLIENT_MESSAGE_ID || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f))
            throw new ComptoirException.InvalidInput("'client_message_id' must be 1 to " + MAX_CLIENT_MESSAGE_ID
                    + " printable ASCII characters (a UUID is fine)");
        return id;
    }

    /** A purchase amount: at least 0, at most a billion, at most 4 decimals. */
    public static BigDecimal amount(BigDecimal amount) {
        if (amount.signum() < 0) throw new ComptoirException.InvalidInput("'amount' cannot be negative");
        if (amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 4)
            throw new ComptoirException.InvalidInput("'amount' must be at most " + MAX_AMOUNT.toPlainString()
                    + " with at most 4 decimals");
        return amount;
    }

    /** An event time: from 2000 up to a day ahead of {@code now}. */
    public static Instant eventTime(Instant at, Instant now) {
        if (at.isBefore(EARLIEST) || at.isAfter(now.plus(MAX_FUTURE)))
            throw new ComptoirException.InvalidInput("'at' must be between 2000-01-01 and now (a day of clock skew "
                    + "allowed)");
        return at;
    }
}
