package io.comptoir.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random identifiers and secrets, and the hash under which client tokens are stored. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A URL-safe random string carrying {@code bytes} bytes of entropy. */
    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * "c_", the creation time in milliseconds as 9 base-36 digits (sortable), then 72 random bits. Ids created
     * together sort together, so the rows and index entries of the conversations active at one time sit in a
     * few B-tree pages instead of all over them: each group commit then rewrites fewer pages.
     */
    public static String conversationId() {
        String time = Long.toString(System.currentTimeMillis(), 36);
        return "c_" + "0".repeat(Math.max(0, 9 - time.length())) + time + random(9);
    }

    public static String hash(String token) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison, so that response times do not leak how much of a secret matched. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
