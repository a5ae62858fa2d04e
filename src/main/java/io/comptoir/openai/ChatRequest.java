package io.comptoir.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import io.comptoir.http.ServerSettings;
import io.comptoir.server.ServerErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a chat completion request Comptoir uses; every other field is ignored. System and assistant
 * messages are not the client's words (a user system prompt, the RAG template with RAG_SYSTEM_CONTEXT, the bot's
 * own replies as the client shows them): only user messages are read, and of those only the question.
 *
 * @param userMessages the client's words, one per user message, RAG context removed
 * @param lastPrompt the last user message as sent
 * @param task the background task that message is, or null for a chat turn
 */
record ChatRequest(String model, List<String> userMessages, String lastPrompt, OpenWebUiPrompts.Task task,
                   boolean stream, boolean includeUsage, int promptWords) {
    /** A long Open WebUI chat is a few hundred messages; beyond this a request is refused before any work. */
    static final int MAX_MESSAGES = 500;
    /** Bytes of a request body; RAG context makes bodies large, so this is well above a typed chat. */
    static final int MAX_BYTES = 512 * 1024;

    static ChatRequest parse(JsonNode body) {
        String model = body.path("model").asText(null);
        if (model == null) throw new ComptoirException.InvalidInput("'model' is required");
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty())
            throw new ComptoirException.InvalidInput("'messages' must be a non-empty array");
        if (messages.size() > MAX_MESSAGES)
            throw new ServerErrors.TooLarge("'messages' has " + messages.size() + " entries; the limit is " + MAX_MESSAGES);
        List<String> users = new ArrayList<>();
        String last = null;
        int words = 0;
        for (JsonNode m : messages) {
            String text = content(m.path("content"));
            words += Usage.words(text);
            if (!"user".equals(m.path("role").asText())) continue;
            last = text;
            users.add(OpenWebUiPrompts.question(text));
        }
        if (users.isEmpty()) throw new ComptoirException.InvalidInput("'messages' has no user message");
        // A task quotes the chat, so it may be long; only the client's own messages have the widget's limit.
        OpenWebUiPrompts.Task task = OpenWebUiPrompts.task(last);
        for (String u : task == null ? users : List.<String>of())
            if (u.length() > ServerSettings.MAX_MESSAGE_CHARS)
                throw new ServerErrors.TooLarge("a message has " + u.length() + " characters; the limit is "
                        + ServerSettings.MAX_MESSAGE_CHARS);
        return new ChatRequest(model, users, last, task, body.path("stream").asBoolean(false),
                body.path("stream_options").path("include_usage").asBoolean(false), words);
    }

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
