package io.comptoir.botfolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where things are in a bot.yaml that loaded without errors, so that the lint, which works on the loaded
 * definition, can still name the line an author must edit. A path that is not found falls back to the nearest
 * enclosing node, and then to line 1: a lint finding is never lost for want of a line.
 */
final class BotYamlLines {
    private final Node root;

    BotYamlLines(String yaml) {
        this.root = new YamlDoc(BotYamlReader.FILE, new ArrayList<>()).parse(yaml).orElse(null);
    }

    /** The line of the node at {@code path}: keys (String) and list indexes (Integer), e.g. "cta", 2, "collect". */
    int line(Object... path) {
        int line = 1;
        for (int k = 1; k <= path.length; k++) {
            Optional<Node> n = at(java.util.Arrays.copyOf(path, k));
            if (n.isEmpty()) return line;
            line = YamlDoc.line(n.get());
        }
        return line;
    }

    /** The index of question {@code id} under {@code questions:}, or -1. */
    int question(String id) {
        return indexWith(node("questions"), "id", id);
    }

    /** The line of a question's key (its value's line), e.g. {@code question("need", "examples", 1)}. */
    int question(String id, Object... rest) {
        return line(prepend(new Object[] {"questions", question(id)}, rest));
    }

    /** The line of an option's key ("label", "synonyms", index...), or of the option itself. */
    int option(String questionId, String optionId, Object... rest) {
        int q = question(questionId);
        Optional<Node> options = node("questions").flatMap(n -> item(n, q)).flatMap(n -> field(n, "options"));
        int o = indexWith(options, "id", optionId);
        if (o < 0) o = shorthand(options, optionId);
        return line(prepend(new Object[] {"questions", q, "options", o}, rest));
    }

    private Optional<Node> node(String key) {
        return field(root, key);
    }

    private static Object[] prepend(Object[] head, Object[] rest) {
        Object[] all = new Object[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    private static int indexWith(Optional<Node> list, String key, String value) {
        if (list.isEmpty() || !(list.get() instanceof SequenceNode s)) return -1;
        for (int i = 0; i < s.getValue().size(); i++) {
            if (YamlDoc.peek(s.getValue().get(i), key).filter(value::equals).isPresent()) return i;
        }
        return -1;
    }

    /** "- Site vitrine": an option written as its label alone, its id derived from it. */
    private static int shorthand(Optional<Node> list, String optionId) {
        if (list.isEmpty() || !(list.get() instanceof SequenceNode s)) return -1;
        for (int i = 0; i < s.getValue().size(); i++) {
            if (s.getValue().get(i) instanceof ScalarNode v && QuestionReader.optionId(v.getValue()).equals(optionId)) return i;
        }
        return -1;
    }

    private static Optional<Node> item(Node n, int i) {
        if (n instanceof SequenceNode s && i >= 0 && i < s.getValue().size()) return Optional.of(s.getValue().get(i));
        return Optional.empty();
    }

    private static Optional<Node> field(Node n, String key) {
        if (!(n instanceof MappingNode m)) return Optional.empty();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return Optional.of(t.getValueNode());
        }
        return Optional.empty();
    }

    /** Whether the path exists (with any value, even empty). */
    boolean has(Object... path) {
        return at(path).isPresent();
    }

    /** Every scalar under a node, in order (a text, or the items of a list of texts). */
    List<ScalarNode> scalars(Object... path) {
        List<ScalarNode> out = new ArrayList<>();
        at(path).ifPresent(n -> collect(n, out));
        return out;
    }

    private Optional<Node> at(Object... path) {
        Optional<Node> n = Optional.ofNullable(root);
        for (Object step : path) n = n.flatMap(x -> step instanceof Integer i ? item(x, i) : field(x, (String) step));
        return n;
    }

    private static void collect(Node n, List<ScalarNode> out) {
        if (n instanceof ScalarNode s && !YamlDoc.isNull(s)) out.add(s);
        else if (n instanceof SequenceNode s) s.getValue().forEach(x -> collect(x, out));
        else if (n instanceof MappingNode m) m.getValue().forEach(t -> collect(t.getValueNode(), out));
    }
}
