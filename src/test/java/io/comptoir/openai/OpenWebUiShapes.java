package io.comptoir.openai;

import io.comptoir.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request shapes Open WebUI sends, after its backend (open_webui/config.py, utils/task.py): the structure of
 * its default task templates (first line, output key, quoted history) and of its RAG template, abridged.
 */
final class OpenWebUiShapes {
    private OpenWebUiShapes() {}

    static String history(String... lines) {
        return "### Chat History:\n<chat_history>\n" + String.join("\n", lines) + "\n</chat_history>";
    }

    static String title(String history) {
        return "### Task:\nGenerate a concise, 3-5 word title with an emoji summarizing the chat history.\n"
                + "### Guidelines:\n- Keep it clear and simple.\n### Output:\nJSON format: { \"title\": \"your concise title here\" }\n"
                + "### Examples:\n- { \"title\": \"📉 Stock Market Trends\" }\n" + history;
    }

    static String tags(String history) {
        return "### Task:\nGenerate 1-3 broad tags categorizing the main themes of the chat history, along with 1-3 more "
                + "specific subtopic tags.\n\n### Output:\nJSON format: { \"tags\": [\"tag1\", \"tag2\", \"tag3\"] }\n\n" + history;
    }

    static String followUps(String history) {
        return "### Task:\nSuggest 3-5 relevant follow-up questions or prompts that the user might naturally ask next in "
                + "this conversation as a **user**.\n### Output:\nJSON format: { \"follow_ups\": [\"Question 1?\", \"Question 2?\"] }\n"
                + history;
    }

    static String queries(String history) {
        return "### Task:\nAnalyze the chat history to determine the necessity of generating search queries, in the given "
                + "language.\n### Output:\nStrictly return in JSON format:\n{\n  \"queries\": [\"query1\", \"query2\"]\n}\n\n" + history + "\n";
    }

    static String autocomplete(String history, String typed) {
        return "### Task:\nYou are an autocompletion system. Continue the text in `<text>` based on the **completion type** "
                + "in `<type>` and the given language.\n### **Output Rules**:\n- Respond only in JSON format: `{ \"text\": "
                + "\"<your_completion>\" }`.\n---\n### Context:\n<chat_history>\n" + history + "\n</chat_history>\n"
                + "<type>General</type>\n<text>" + typed + "</text>\n#### Output:\n";
    }

    static String emoji(String message) {
        return "Your task is to reflect the speaker's likely facial expression through a fitting emoji. Interpret "
                + "emotions from the message and reflect their facial expression using fitting, diverse emojis (e.g., "
                + "😊, 😢, 😡, 😱).\n\nMessage: ```" + message + "```";
    }

    /** The default RAG template: retrieved file chunks in the context, the user's question at the end. */
    static String rag(String context, String query) {
        return "### Task:\nRespond to the user query using the provided context, incorporating inline citations in the "
                + "format [id] **only when the <source> tag includes an explicit id attribute**.\n\n### Guidelines:\n"
                + "- If you don't know the answer, clearly state that.\n- Respond in the same language as the user's query.\n\n"
                + "### Output:\nProvide a clear and direct response to the user's query.\n\n<context>\n"
                + "<source id=\"1\" name=\"devis.pdf\">" + context + "</source>\n</context>\n\n<user_query>\n" + query
                + "\n</user_query>\n";
    }

    /** A chat as Open WebUI sends it: optional system prompt, then alternating user and assistant messages. */
    static String chat(String model, boolean stream, String system, List<String> turns) {
        List<Map<String, Object>> messages = new ArrayList<>();
        if (system != null) messages.add(Map.of("role", "system", "content", system));
        for (int i = 0; i < turns.size(); i++)
            messages.add(Map.of("role", i % 2 == 0 ? "user" : "assistant", "content", turns.get(i)));
        return Json.write(Map.of("model", model, "messages", messages, "stream", stream,
                "stream_options", Map.of("include_usage", true)));
    }
}
