package io.comptoir.understanding.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.comptoir.ComptoirException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicons of one language from the classpath: {@code /lang/<code>/understanding/<file>.yaml}.
 * A third language is a new folder of these files, with the same keys.
 */
public final class LanguageData {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final String code;

    public LanguageData(String code) { this.code = code; }

    public String code() { return code; }

    /** One lexicon file of this language; a missing or broken file is a packaging error. */
    public JsonNode file(String name) {
        String path = "/lang/" + code + "/understanding/" + name + ".yaml";
        try (InputStream in = LanguageData.class.getResourceAsStream(path)) {
            if (in == null) throw new ComptoirException("missing language resource " + path);
            JsonNode node = YAML.readTree(in);
            return node == null ? YAML.createObjectNode() : node;
        } catch (IOException e) {
            throw new ComptoirException("cannot read language resource " + path + ": " + e.getMessage(), e);
        }
    }

    /** A lexicon file a language may go without (an empty one then): a third language starts from the seven core files. */
    public JsonNode optionalFile(String name) {
        String path = "/lang/" + code + "/understanding/" + name + ".yaml";
        if (LanguageData.class.getResource(path) == null) return YAML.createObjectNode();
        return file(name);
    }

    public static List<String> strings(JsonNode node, String key) {
        JsonNode n = node.path(key);
        List<String> out = new ArrayList<>();
        if (n.isArray()) n.forEach(e -> out.add(text(e, key)));
        else if (n.isValueNode() && !n.isNull()) out.add(text(n, key));
        return out;
    }

    /** YAML 1.1 reads a bare yes, no, on or off as a boolean: lexicon words must be quoted. */
    private static String text(JsonNode e, String key) {
        if (e.isBoolean()) {
            throw new IllegalArgumentException("lexicon list '" + key + "' holds a bare yes/no/on/off/true/false: quote it");
        }
        return e.asText();
    }

    /** A mapping of string to string ("jsp: je ne sais pas"). */
    public static Map<String, String> stringMap(JsonNode node, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path(key).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** A mapping of string to a list of phrases ("EUR: [€, euro, euros]"). */
    public static Map<String, List<String>> listMap(JsonNode node, String key) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path(key).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) e.getValue().forEach(v -> values.add(text(v, e.getKey())));
            else values.add(text(e.getValue(), e.getKey()));
            out.put(e.getKey(), values);
        }
        return out;
    }
}
