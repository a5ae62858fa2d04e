package io.comptoir.botfolder;

import io.comptoir.bot.DeliveryTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code delivery:}, the bot's own endpoints for its notes: a list of {name, type, url, secret_env,
 * properties}. Secrets are named, never written: a {@code secret:} or {@code token:} line is an error.
 */
final class DeliveryReader {
    static final List<String> KEYS = List.of("name", "type", "url", "secret_env", "properties", "secret", "token");
    static final List<String> TYPES = List.of("webhook", "hubspot", "pipedrive", "salesforce");
    /** The note's top-level keys, which a CRM property may be read from (e.g. qualification.score). */
    static final List<String> NOTE_KEYS = List.of("conversation_id", "bot", "language", "started_at", "ended_at",
            "contact", "answers", "need", "summary", "indicators", "qualification", "recommendation", "cta",
            "next_action", "flags", "changes", "unanswered_questions");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private final YamlDoc doc;

    DeliveryReader(YamlDoc doc) {
        this.doc = doc;
    }

    List<DeliveryTarget> read(Node node) {
        List<DeliveryTarget> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = doc.items(node, "'delivery'");
        for (int i = 0; i < items.size(); i++) {
            DeliveryTarget t = target(items.get(i), i + 1);
            if (t == null) continue;
            if (!names.add(t.name())) doc.problem(items.get(i), "two endpoints are named '" + t.name()
                    + "' in 'delivery'; give each its own name");
            else out.add(t);
        }
        return out;
    }

    private DeliveryTarget target(Node node, int index) {
        String where = YamlDoc.peek(node, "name").map(n -> "delivery endpoint '" + n + "'")
                .orElse("delivery endpoint " + index);
        Fields f = doc.fields(node, where, KEYS);
        boolean literalSecret = false;
        for (String literal : List.of("secret", "token")) {
            literalSecret |= f.has(literal);
            if (f.has(literal)) doc.problem(f.line(literal), "secrets never go in bot.yaml: remove '" + literal
                    + "' from " + where + ", put the value in an environment variable and name it, e.g. "
                    + "secret_env: " + example(node));
        }
        String name = f.text("name", "name it, e.g. name: crm (lower-case letters, digits and dashes)");
        if (name != null && !NAME.matcher(name).matches()) {
            doc.problem(f.node("name").get(), "the endpoint name '" + name + "' must be lower-case letters, digits "
                    + "and dashes, e.g. " + QuestionReader.slug(name).replace('_', '-'));
        }
        String type = f.text("type", "say where notes go: type: " + String.join(", ", TYPES));
        if (type != null && !TYPES.contains(type)) {
            doc.problem(f.node("type").get(), "unknown delivery type '" + type + "'; " + Suggestions.expectedOneOf(type, TYPES));
            type = null;
        }
        String url = url(f, type, where);
        // A secret written in the file was reported above with the fix; no second problem for the same line.
        String env = literalSecret && !f.has("secret_env") ? null : f.text("secret_env", "name the environment variable holding the "
                + ("webhook".equals(type) ? "signing secret" : "API token") + ", e.g. secret_env: " + example(node));
        if (env != null && !ENV.matcher(env).matches()) {
            doc.problem(f.node("secret_env").get(), "'" + env + "' is not an environment variable name; use "
                    + "upper-case letters, digits and underscores, e.g. " + example(node));
        }
        Map<String, String> properties = properties(f, type, where);
        if (name == null || type == null || env == null) return null;
        return new DeliveryTarget(name, type, url, env, properties);
    }

    private String url(Fields f, String type, String where) {
        String url = f.optionalText("url", null);
        if (url == null) {
            if ("webhook".equals(type)) f.missing("url", "add the receiver's address, e.g. url: https://hooks.example.com/comptoir");
            if ("pipedrive".equals(type)) f.missing("url", "add your company's address, e.g. url: https://acme.pipedrive.com");
            if ("salesforce".equals(type)) f.missing("url", "add your instance's address, e.g. url: https://acme.my.salesforce.com");
            return null;
        }
        try {
            URI u = URI.create(url);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) return url;
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        doc.problem(f.node("url").get(), "'url' in " + where + " is '" + url + "', not a web address; write it in "
                + "full, e.g. https://hooks.example.com/comptoir");
        return null;
    }

    private Map<String, String> properties(Fields f, String type, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        Node p = f.node("properties").orElse(null);
        if (p == null) return out;
        if ("webhook".equals(type)) {
            doc.problem(p, "'properties' in " + where + " maps note fields to CRM fields; a webhook gets the whole "
                    + "note, so remove it (or use type: hubspot, pipedrive or salesforce)");
            return out;
        }
        if (!(p instanceof MappingNode mapping)) {
            doc.problem(p, "'properties' in " + where + " must list 'crm_field: note.path' lines, e.g. "
                    + "comptoir_score: qualification.score");
            return out;
        }
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            String path = t.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : null;
            String root = path == null ? null : path.split("\\.")[0];
            if (key == null || path == null || path.isEmpty()) {
                doc.problem(t.getKeyNode(), "each line of 'properties' in " + where + " is 'crm_field: note.path', "
                        + "e.g. comptoir_score: qualification.score");
            } else if (!NOTE_KEYS.contains(root)) {
                doc.problem(t.getValueNode(), "'" + path + "' is not a field of the note; it starts with one of "
                        + String.join(", ", NOTE_KEYS) + Suggestions.didYouMean(root, NOTE_KEYS));
            } else {
                out.put(key, path);
            }
        }
        return out;
    }

    /** An environment variable name to suggest, after the endpoint's type. */
    private static String example(Node node) {
        String type = YamlDoc.peek(node, "type").orElse("");
        if (!TYPES.contains(type)) return "CRM_TOKEN";
        return "webhook".equals(type) ? "HOOK_SECRET" : type.toUpperCase(java.util.Locale.ROOT) + "_TOKEN";
    }
}
