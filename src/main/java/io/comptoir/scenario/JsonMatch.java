package io.comptoir.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loose JSON comparison for expectations written by people: an expected object checks only the keys it names,
 * an expected list against a list means "contains all" (an empty one means "empty"), numbers compare by value, yes/no and booleans agree.
 */
final class JsonMatch {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private JsonMatch() {}

    /** The node at a path like {@code indicators.budget.amount} or {@code changes[0].field} (or {@code changes.0.field}); null when absent. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        Matcher m = SEGMENT.matcher(path);
        while (m.find() && n != null) {
            // "changes.0.field" reads like "changes[0].field": a number selects a list item
            if (m.group(1) != null && n.isArray() && m.group(1).matches("\\d+")) n = n.get(Integer.parseInt(m.group(1)));
            else n = m.group(1) != null ? n.get(m.group(1)) : n.get(Integer.parseInt(m.group(2)));
        }
        return n;
    }

    static boolean matches(JsonNode expected, JsonNode actual) {
        if (expected == null || expected.isNull()) return actual == null || actual.isNull();
        if (actual == null || actual.isNull()) return false;
        if (expected.isObject()) {
            if (!actual.isObject()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!matches(e.getValue(), actual.get(e.getKey()))) return false;
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) return false;
            if (expected.isEmpty()) return actual.isEmpty(); // "flags: []" means none
            for (JsonNode x : expected) {
                boolean found = false;
                for (JsonNode y : actual) found |= matches(x, y);
                if (!found) return false;
            }
            return true;
        }
        if (actual.isArray()) {
            for (JsonNode y : actual) if (matches(expected, y)) return true;
            return false;
        }
        if (expected.isNumber() || actual.isNumber()) return number(expected) != null && number(expected).compareTo(number(actual) == null ? BigDecimal.valueOf(Long.MIN_VALUE) : number(actual)) == 0;
        return scalar(expected).equalsIgnoreCase(scalar(actual));
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) return n.decimalValue();
        try {
            return new BigDecimal(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String scalar(JsonNode n) {
        if (n.isBoolean()) return n.booleanValue() ? "yes" : "no";
        return n.asText();
    }
}
