package io.comptoir.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code sha256=} followed by the lower-case hex HMAC-SHA256, keyed with the endpoint's
 * secret, of the bytes {@code <X-Comptoir-Timestamp>.<raw body>} (the decimal Unix seconds, a dot, then the body
 * exactly as sent). Signing the timestamp lets a receiver refuse a replayed request that is too old.
 */
public final class Signature {
    public static final String PREFIX = "sha256=";

    private Signature() {}

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the check does not tell an attacker how much of a guess was right. */
    public static boolean verify(String secret, long timestamp, byte[] body, String header) {
        if (header == null) return false;
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
    }
}
