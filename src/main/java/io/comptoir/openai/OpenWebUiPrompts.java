package io.comptoir.openai;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prompts Open WebUI wraps around what its user typed. Its background tasks (title, tags, follow-ups,
 * search queries, autocomplete, emoji) are recognised by the shape of their default templates: the chat history
 * quoted in a {@code <chat_history>} block and the JSON key the answer must use, or the emoji task's wording. The
 * RAG template wraps the user's question with retrieved context; only the question is the client's words.
 */
final class OpenWebUiPrompts {
    /** A background task: answered cheaply, never a turn of the conversation. */
    enum Task { TITLE, TAGS, FOLLOW_UPS, QUERIES, AUTOCOMPLETE, EMOJI }

    private static final Pattern USER_QUERY = Pattern.compile("<user_query>\\s*(.*?)\\s*</user_query>", Pattern.DOTALL);
    private static final Pattern CONTEXT = Pattern.compile("<context>.*?</context>", Pattern.DOTALL);
    /** Older RAG templates end with "Query: [query]" after the context. */
    private static final Pattern LEGACY_QUERY = Pattern.compile("(?s).*</context>.*?\\n\\s*Query:\\s*(.*?)\\s*$");
    private static final Pattern EMOJI_MESSAGE = Pattern.compile("Message:\\s*```(.*?)```", Pattern.DOTALL);

    private OpenWebUiPrompts() {}

    /** The task this prompt is, or null for a chat message. */
    static Task task(String prompt) {
        String p = prompt.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("your task is to reflect the speaker's likely facial expression")) return Task.EMOJI;
        if (!lower.contains("<chat_history>") || !lower.contains("</chat_history>")) return null;
        if (lower.contains("<type>") && lower.contains("<text>") && lower.contains("\"text\"")) return Task.AUTOCOMPLETE;
        if (lower.contains("\"follow_ups\"")) return Task.FOLLOW_UPS;
        if (lower.contains("\"queries\"")) return Task.QUERIES;
        if (lower.contains("\"tags\"")) return Task.TAGS;
        if (lower.contains("\"title\"") || lower.contains("word title")) return Task.TITLE;
        return null;
    }

    /**
     * The client's own words in a user message: the question of a RAG template (its context is the attached files,
     * not what the client said), else the message as sent.
     */
    static String question(String message) {
        if (!message.contains("<context>") || !message.contains("</context>")) return message;
        Matcher q = USER_QUERY.matcher(message);
        if (q.find()) return q.group(1);
        Matcher legacy = LEGACY_QUERY.matcher(message);
        if (legacy.matches()) return legacy.group(1);
        // A customised template without a query marker: what follows the context is the question.
        String after = message.substring(message.lastIndexOf("</context>") + "</context>".length()).strip();
        return after.isEmpty() ? CONTEXT.matcher(message).replaceAll("").strip() : after;
    }

    /** The message quoted by the emoji task. */
    static String emojiMessage(String prompt) {
        Matcher m = EMOJI_MESSAGE.matcher(prompt);
        return m.find() ? m.group(1) : prompt;
    }
}
