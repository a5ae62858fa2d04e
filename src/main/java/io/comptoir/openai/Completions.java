package io.comptoir.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The OpenAI wire objects: chat.completion, and the chat.completion.chunk stream with its terminator. */
final class Completions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Completions() {}

    static String completion(String id, long created, String model, String content, int promptWords) {
        ObjectNode root = base(id, created, model, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        msg.put("content", content);
        msg.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        usage(root, promptWords, Usage.words(content));
        return root.toString();
    }

    /** Writes the whole stream: role, content pieces, the final stop chunk, the optional usage chunk, [DONE]. */
    static void stream(OutputStream out, String id, long created, String model, String content, int promptWords,
                       boolean includeUsage) throws IOException {
        ObjectNode first = chunk(id, created, model);
        ObjectNode delta = ((ObjectNode) first.get("choices").get(0)).putObject("delta");
        delta.put("role", "assistant");
        delta.put("content", "");
        send(out, first);
        for (String piece : pieces(content)) {
            ObjectNode c = chunk(id, created, model);
            ((ObjectNode) c.get("choices").get(0)).putObject("delta").put("content", piece);
            send(out, c);
        }
        ObjectNode last = chunk(id, created, model);
        ObjectNode lastChoice = (ObjectNode) last.get("choices").get(0);
        lastChoice.putObject("delta");
        lastChoice.put("finish_reason", "stop");
        send(out, last);
        if (includeUsage) {
            ObjectNode u = base(id, created, model, "chat.completion.chunk");
            u.putArray("choices");
            usage(u, promptWords, Usage.words(content));
            send(out, u);
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** A few words per chunk, keeping every character, so the concatenation is exactly the content. */
    static List<String> pieces(String content) {
        List<String> out = new ArrayList<>();
        String[] words = content.split("(?<=\\s)");
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String w : words) {
            sb.append(w);
            if (++n == 4) {
                out.add(sb.toString());
                sb.setLength(0);
                n = 0;
            }
        }
        if (sb.length() > 0) out.add(sb.toString());
        return out;
    }

    /** A model as listed: the OpenAI fields, and the bot's name for clients that show one (Open WebUI does). */
    record Model(String id, String name) {}

    static String models(List<Model> models, long created) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        for (Model m : models) model(data.addObject(), m, created);
        return root.toString();
    }

    static String model(Model m, long created) {
        return model(MAPPER.createObjectNode(), m, created).toString();
    }

    private static ObjectNode model(ObjectNode o, Model m, long created) {
        o.put("id", m.id());
        o.put("object", "model");
        o.put("created", created);
        o.put("owned_by", "comptoir");
        o.put("name", m.name());
        return o;
    }

    private static ObjectNode chunk(String id, long created, String model) {
        ObjectNode root = base(id, created, model, "chat.completion.chunk");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        return root;
    }

    private static ObjectNode base(String id, long created, String model, String object) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", id);
        root.put("object", object);
        root.put("created", created);
        root.put("model", model);
        root.put("system_fingerprint", "comptoir");
        return root;
    }

    private static void usage(ObjectNode root, int prompt, int completion) {
        ObjectNode u = root.putObject("usage");
        u.put("prompt_tokens", prompt);
        u.put("completion_tokens", completion);
        u.put("total_tokens", prompt + completion);
    }

    private static void send(OutputStream out, ObjectNode chunk) throws IOException {
        out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
