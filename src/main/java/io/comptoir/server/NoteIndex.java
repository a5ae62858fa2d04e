package io.comptoir.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.store.NoteFields;
import java.util.Locale;

/** Reads the indexed fields (qualification status, contact email and phone) out of a note's JSON. */
public final class NoteIndex {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NoteIndex() {}

    public static NoteFields fields(String json) {
        JsonNode n = read(json);
        String qual = text(n.path("qualification").path("status"));
        String email = normaliseEmail(text(n.path("contact").path("email")));
        String phone = normalisePhone(text(n.path("contact").path("phone")));
        return new NoteFields(json, qual, email, phone);
    }

    /** @deprecated the Markdown is no longer stored (rendered on demand); use {@link #fields(String)}. */
    @Deprecated
    public static NoteFields fields(String json, String markdownIgnored) { return fields(json); }

    public static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits with an optional leading +, so that "06 12 34 56 78" and "0612345678" match. */
    public static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) return null;
        String p = phone.trim();
        String digits = p.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) return null;
        return p.startsWith("+") ? "+" + digits : digits;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static JsonNode read(String json) {
        try {
            return json == null ? MAPPER.createObjectNode() : MAPPER.readTree(json);
        } catch (Exception e) {
            return MAPPER.createObjectNode();
        }
    }
}
