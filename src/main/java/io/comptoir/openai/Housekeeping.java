package io.comptoir.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Open WebUI's own prompts (titles, tags, follow-ups, search queries), which start with "### Task:". They are
 * answered cheaply from what the server already knows and never reach the conversation.
 */
final class Housekeeping {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What is known about the chat, if anything: the bot's name, the need from the note, the last buttons. */
    record Context(String botName, String need, List<String> buttons) {}

    private Housekeeping() {}

    static boolean isTask(String lastUserMessage) {
        return lastUserMessage.stripLeading().startsWith("### Task:");
    }

    static String answer(String task, Context c) {
        String t = task.toLowerCase(Locale.ROOT);
        ObjectNode out = MAPPER.createObjectNode();
        if (t.contains("follow_ups") || t.contains("follow-up")) {
            ArrayNode a = out.putArray("follow_ups");
            c.buttons().forEach(a::add);
        } else if (t.contains("\"tags\"") || t.contains("tags")) {
            ArrayNode a = out.putArray("tags");
            a.add("Comptoir");
            a.add(c.botName());
            if (c.need() != null) a.add(shorten(c.need(), 30));
        } else if (t.contains("title")) {
            out.put("title", c.need() == null ? c.botName() : c.botName() + " – " + shorten(c.need(), 40));
        } else if (t.contains("queries") || t.contains("search")) {
            out.putArray("queries");
        } else if (t.contains("autocomplet")) {
            out.put("text", "");
        }
        return out.toString();
    }

    static String need(JsonNode note) {
        JsonNode n = note.path("need");
        // The note's need reads "label — the client's words": the label alone makes a title.
        if (n.isTextual() && !n.asText().isBlank()) return n.asText().split(" — ")[0].strip();
        return null;
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1).trim() + "…";
    }
}
