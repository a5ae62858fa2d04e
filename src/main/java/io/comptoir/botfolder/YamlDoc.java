package io.comptoir.botfolder;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML file read as a tree of nodes, so that every problem can name its line. Values are read from the raw
 * scalar text (never through YAML 1.1 typing, which would turn an unquoted {@code no} into false) and every
 * problem is collected rather than thrown: authors fix all of them in one pass.
 */
final class YamlDoc {
    private final String file;
    private final List<Problem> problems;

    YamlDoc(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() { return file; }

    /** The root node; a syntax error becomes one problem with its line and an empty result. */
    Optional<Node> parse(String content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported below with both lines, more useful than SnakeYAML's error
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(new StringReader(content));
            if (root == null) problem(1, "the file is empty; start with the bot's id, name and language");
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            syntaxError(e);
            return Optional.empty();
        } catch (YAMLException e) {
            problem(1, "YAML syntax error: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /** One problem, at the most useful line, with a hint for the commonest causes. */
    private void syntaxError(MarkedYAMLException e) {
        String problem = oneLine(e.getProblem());
        int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
        int contextLine = e.getContextMark() != null ? e.getContextMark().getLine() + 1 : line;
        String context = e.getContext() == null ? "" : oneLine(e.getContext());
        String hint;
        if (problem.contains("TAB")) {
            hint = "indent with spaces, not tabs";
        } else if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            line = contextLine;
            problem = "a quote opened on this line is never closed";
            hint = "add the closing quote";
        } else if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean list = context.contains("flow sequence");
            hint = "close the " + (list ? "list opened with '['" : "set opened with '{'") + " on line " + contextLine
                    + " with '" + (list ? "]" : "}") + "', and quote items that contain ',' or ':'";
        } else if (problem.contains("mapping values are not allowed")) {
            hint = "a text that contains ': ' must be quoted, e.g. welcome: \"Bonjour : bienvenue !\"";
        } else if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")
                || problem.contains("did not find expected")) {
            hint = "check the indentation: keys of the same block, and items of the same list, start at the same column";
        } else {
            hint = "check the indentation and the quotes near this line";
        }
        problem(line, "YAML syntax error: " + problem + (context.isEmpty() || line == contextLine ? ""
                : " (" + context + " started on line " + contextLine + ")") + "; " + hint);
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable content" : s.replaceAll("\\s+", " ").trim();
    }

    int problemCount() { return problems.size(); }

    void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    void problem(Node at, String message) {
        problem(line(at), message);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /**
     * The fields of a mapping, checking that every key is allowed (unknown keys are errors, with the closest
     * allowed key suggested) and appears once. A node that is not a mapping yields no fields and one problem.
     */
    Fields fields(Node node, String where, List<String> allowed) {
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, where + " must be a set of 'key: value' lines (allowed keys: " + String.join(", ", allowed) + ")");
            return new Fields(this, where, line(node), values, keyLines);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problem(keyNode, "a key in " + where + " must be a plain word");
                continue;
            }
            String key = scalar.getValue();
            if (!allowed.contains(key)) {
                problem(keyNode, "unknown key '" + key + "' in " + where + Suggestions.didYouMean(key, allowed)
                        + "; allowed keys: " + String.join(", ", allowed));
            } else if (values.containsKey(key)) {
                problem(keyNode, "'" + key + "' appears twice in " + where + " (first on line " + keyLines.get(key)
                        + "); keep only one");
            } else {
                values.put(key, tuple.getValueNode());
                keyLines.put(key, line(keyNode));
            }
        }
        return new Fields(this, where, line(node), values, keyLines);
    }

    /** The text of a scalar key in a mapping, read before checking it, to name the mapping in messages. */
    static Optional<String> peek(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) return Optional.empty();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof ScalarNode v
                    && !isNull(v) && !v.getValue().isBlank()) {
                return Optional.of(v.getValue().strip());
            }
        }
        return Optional.empty();
    }

    /** Items of a sequence; a single scalar counts as a one-item list. Not a list: a problem and no items. */
    List<Node> items(Node node, String what) {
        if (node instanceof SequenceNode seq) return seq.getValue();
        if (node instanceof ScalarNode && !isNull(node)) return List.of(node);
        if (!isNull(node)) problem(node, what + " must be a list, e.g. [a, b] or one '- item' per line");
        return List.of();
    }

    /** A non-empty text scalar, or null with a problem. */
    String text(Node node, String what) {
        if (node instanceof ScalarNode s && !isNull(node)) {
            String v = s.getValue().strip();
            if (!v.isEmpty()) return v;
        }
        if (node instanceof ScalarNode) problem(node, what + " is empty; write a text or remove the line");
        else problem(node, what + " must be a text, not a list or a set of keys (quote it if it contains ': ')");
        return null;
    }

    /** A list of non-empty texts; a single text counts as a list of one. */
    List<String> texts(Node node, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : items(node, what)) {
            String t = text(item, "an item of " + what);
            if (t != null) out.add(t);
        }
        return out;
    }
}
