package io.comptoir.kpi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the email or phone a client left into a stable key for recontact counting. Only a hash is kept, so the
 * roll-ups hold no contact data (an erased conversation leaves no email behind in KPI tables).
 */
public final class ContactKeys {
    private ContactKeys() {}

    /** The key of the first email, else phone, found in call-to-action details; null when none. */
    public static String of(Map<String, String> details) {
        String email = find(details, "email");
        if (email != null) return hash("e:" + email.trim().toLowerCase(Locale.ROOT));
        String phone = find(details, "phone");
        if (phone != null) {
            String digits = phone.replaceAll("[^0-9+]", "");
            if (digits.length() >= 6) return hash("p:" + digits);
        }
        return null;
    }

    private static String find(Map<String, String> details, String word) {
        return details.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(word))
                .map(Map.Entry::getValue).filter(v -> v != null && !v.isBlank())
                .sorted().findFirst().orElse(null);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
