package io.comptoir.botfolder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The checked fields of one YAML mapping, with typed getters that report problems at the value's line. */
final class Fields {
    private final YamlDoc doc;
    private final String where;
    private final int line;
    private final Map<String, Node> values;
    private final Map<String, Integer> keyLines;

    Fields(YamlDoc doc, String where, int line, Map<String, Node> values, Map<String, Integer> keyLines) {
        this.doc = doc;
        this.where = where;
        this.line = line;
        this.values = values;
        this.keyLines = keyLines;
    }

    String where() { return where; }

    /** Line of the mapping itself (where a missing key is reported). */
    int line() { return line; }

    int line(String key) { return keyLines.getOrDefault(key, line); }

    boolean isEmpty() { return values.isEmpty(); }

    /** The value node, absent when the key is missing or its value is empty. */
    Optional<Node> node(String key) {
        Node n = values.get(key);
        return n == null || YamlDoc.isNull(n) ? Optional.empty() : Optional.of(n);
    }

    boolean has(String key) { return node(key).isPresent(); }

    void missing(String key, String hint) {
        doc.problem(line, where + " is missing '" + key + "'; " + hint);
    }

    /** A required text; null (and a problem naming the fix) when missing. */
    String text(String key, String hint) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            missing(key, hint);
            return null;
        }
        return doc.text(n.get(), "'" + key + "' in " + where);
    }

    String optionalText(String key, String fallback) {
        return node(key).map(n -> doc.text(n, "'" + key + "' in " + where)).orElse(fallback);
    }

    List<String> texts(String key) {
        return node(key).map(n -> doc.texts(n, "'" + key + "' in " + where)).orElse(List.of());
    }

    List<Node> items(String key) {
        return node(key).map(n -> doc.items(n, "'" + key + "' in " + where)).orElse(List.of());
    }

    /** A boolean written true/false (yes/no accepted); null with a problem otherwise. */
    Boolean bool(String key) {
        Optional<String> raw = scalar(key);
        if (raw.isEmpty()) return null;
        Boolean b = parseBoolean(raw.get());
        if (b == null) doc.problem(node(key).get(), "'" + key + "' in " + where + " is '" + raw.get()
                + "'; write true or false");
        return b;
    }

    static Boolean parseBoolean(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "oui", "on" -> Boolean.TRUE;
            case "false", "no", "non", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A number (dot or comma decimal); null with a problem naming the fix when it is not one. */
    BigDecimal number(String key, String example) {
        Optional<String> raw = scalar(key);
        if (raw.isEmpty()) return null;
        try {
            return new BigDecimal(raw.get().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            doc.problem(node(key).get(), "'" + key + "' in " + where + " is '" + raw.get()
                    + "', not a number; write a plain number such as " + example);
            return null;
        }
    }

    /** An integer; null with a problem when it is not one. */
    Integer integer(String key, String example) {
        BigDecimal n = number(key, example);
        if (n == null) return null;
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            doc.problem(node(key).get(), "'" + key + "' in " + where + " must be a whole number, e.g. " + example);
            return null;
        }
    }

    /** The raw text of a scalar value; a list or mapping is reported. */
    Optional<String> scalar(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof ScalarNode s) return Optional.of(s.getValue().strip());
        doc.problem(n.get(), "'" + key + "' in " + where + " must be a single value, not a list or a set of keys");
        return Optional.empty();
    }

    YamlDoc doc() { return doc; }
}
