package io.comptoir.delivery.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** What the CRM shapes read from the note JSON: contact fields, a readable text, configured extra properties. */
final class NoteFacts {
    private NoteFacts() {}

    /** The text at a dotted path (e.g. {@code qualification.score}), or null when absent or empty. */
    static String at(JsonNode note, String path) {
        JsonNode n = note;
        for (String part : path.split("\\.")) n = n.path(part);
        if (n.isMissingNode() || n.isNull()) return null;
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.isBlank() ? null : s;
    }

    static String email(JsonNode note) { return at(note, "contact.email"); }

    static String phone(JsonNode note) { return at(note, "contact.phone"); }

    static String company(JsonNode note) { return at(note, "contact.company"); }

    /** First and last name from the one name the client gave ("Claire Martin" → Claire, Martin). */
    static String[] names(JsonNode note) {
        String name = at(note, "contact.name");
        if (name == null) return new String[] {null, null};
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {null, name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    /** A name to show when the client gave none: the e-mail, the phone, or the conversation. */
    static String displayName(JsonNode note) {
        String name = at(note, "contact.name");
        if (name != null) return name;
        if (email(note) != null) return email(note);
        if (phone(note) != null) return phone(note);
        return "Comptoir " + at(note, "conversation_id");
    }

    /** The note as plain text for a CRM's note or description field. */
    static String text(JsonNode note) {
        StringBuilder b = new StringBuilder();
        line(b, "Summary", at(note, "summary"));
        line(b, "Need", at(note, "need"));
        String status = at(note, "qualification.status");
        if (status != null) line(b, "Qualification", status + " (score " + at(note, "qualification.score") + ")");
        for (Iterator<Map.Entry<String, JsonNode>> it = note.path("answers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> a = it.next();
            line(b, "  " + a.getKey(), a.getValue().isValueNode() ? a.getValue().asText() : a.getValue().toString());
        }
        line(b, "Call to action", join(at(note, "cta.type"), at(note, "cta.status")));
        line(b, "Next action", join(at(note, "next_action.action"), at(note, "next_action.due")));
        line(b, "Bot", at(note, "bot"));
        line(b, "Conversation", at(note, "conversation_id"));
        return b.toString().strip();
    }

    /** Copies the configured extra properties (CRM field → note path) that the note has. */
    static void extra(ObjectNode target, JsonNode note, Map<String, String> properties) {
        properties.forEach((field, path) -> {
            String v = at(note, path);
            if (v != null) target.put(field, v);
        });
    }

    static void putIf(ObjectNode o, String key, String value) {
        if (value != null) o.put(key, value);
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null) b.append(label).append(": ").append(value).append('\n');
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + ", " + b;
    }
}
