package io.comptoir.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Cheap answers to Open WebUI's background tasks, from what the server already knows about the chat. They never
 * reach the conversation: the bot has no model to summarise with, and a task is not the client speaking.
 */
final class Housekeeping {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What is known about the chat, if anything: the bot's name, the need from the note, the last buttons. */
    record Context(String botName, String need, List<String> buttons) {}

    private Housekeeping() {}

    static String answer(OpenWebUiPrompts.Task task, String prompt, Context c) {
        ObjectNode out = MAPPER.createObjectNode();
        switch (task) {
            case TITLE -> out.put("title", c.need() == null ? c.botName() : c.botName() + " – " + shorten(c.need(), 40));
            case TAGS -> {
                ArrayNode a = out.putArray("tags");
                a.add("Comptoir");
                a.add(c.botName());
                if (c.need() != null) a.add(shorten(c.need(), 30));
            }
            case FOLLOW_UPS -> c.buttons().forEach(out.putArray("follow_ups")::add);
            // Nothing to search: the bot answers from its own FAQ and catalog.
            case QUERIES -> out.putArray("queries");
            // Completing the client's sentence would put words in their mouth.
            case AUTOCOMPLETE -> out.put("text", "");
            case EMOJI -> {
                return emoji(OpenWebUiPrompts.emojiMessage(prompt));
            }
        }
        return out.toString();
    }

    /** One face for the message's tone (the emoji task wants a single emoji, nothing else). */
    static String emoji(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.matches("(?s).*(merci|thank|parfait|super|génial|great|excellent|ravi|glad).*")) return "😊";
        if (m.matches("(?s).*(désolé|dommage|sorry|malheureusement|unfortunately|triste|sad).*")) return "😔";
        if (m.matches("(?s).*(inacceptable|furieux|énervé|angry|scandale|nul\\b).*")) return "😠";
        if (m.contains("?")) return "🤔";
        return "🙂";
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
