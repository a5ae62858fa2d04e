package io.comptoir.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import java.util.ArrayList;
import java.util.List;

/** The parts of a chat completion request Comptoir uses; every other field is ignored. */
record ChatRequest(String model, List<String> userMessages, boolean stream, boolean includeUsage, int promptWords) {

    static ChatRequest parse(JsonNode body) {
        String model = body.path("model").asText(null);
        if (model == null) throw new ComptoirException.InvalidInput("'model' is required");
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty())
            throw new ComptoirException.InvalidInput("'messages' must be a non-empty array");
        List<String> users = new ArrayList<>();
        int words = 0;
        for (JsonNode m : messages) {
            String text = content(m.path("content"));
            words += Usage.words(text);
            if ("user".equals(m.path("role").asText())) users.add(text);
        }
        if (users.isEmpty()) throw new ComptoirException.InvalidInput("'messages' has no user message");
        return new ChatRequest(model, users, body.path("stream").asBoolean(false),
                body.path("stream_options").path("include_usage").asBoolean(false), words);
    }

    String last() { return userMessages.get(userMessages.size() - 1); }

    /** Content is a string or an array of parts; only the text parts count. */
    private static String content(JsonNode c) {
        if (c.isTextual()) return c.asText();
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : c) {
                if ("text".equals(part.path("type").asText())) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(part.path("text").asText());
                }
            }
            return sb.toString();
        }
        return "";
    }
}
