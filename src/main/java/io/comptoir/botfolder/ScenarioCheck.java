package io.comptoir.botfolder;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks what a scenario expects against the bot it tests, with line numbers: slots that name no question, choice
 * values that are not option ids, yes/no values, and {@code answers.<id>} note paths. The scenario's structure is
 * the scenario loader's business; this only catches expectations that could never be met.
 */
public final class ScenarioCheck {
    private ScenarioCheck() {}

    public static List<Problem> check(BotDefinition bot, String file, String content) {
        List<Problem> problems = new ArrayList<>();
        YamlDoc doc = new YamlDoc(file, problems);
        Node root = doc.parse(content).orElse(null);
        if (root == null) return problems;
        field(root, "turns").filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue())
                .orElse(List.of()).forEach(turn -> field(turn, "expect").flatMap(e -> field(e, "slots"))
                        .ifPresent(slots -> slots(doc, bot, slots)));
        field(root, "note").filter(MappingNode.class::isInstance).ifPresent(note -> {
            for (NodeTuple t : ((MappingNode) note).getValue()) {
                String path = scalar(t.getKeyNode()).orElse("");
                if (path.startsWith("answers.")) {
                    String id = path.substring("answers.".length()).split("[.\\[]")[0];
                    question(doc, bot, id, t.getKeyNode()).ifPresent(q -> value(doc, q, t.getValueNode()));
                }
            }
        });
        return problems;
    }

    private static void slots(YamlDoc doc, BotDefinition bot, Node slots) {
        if (!(slots instanceof MappingNode m)) return;
        for (NodeTuple t : m.getValue()) {
            scalar(t.getKeyNode()).flatMap(id -> question(doc, bot, id, t.getKeyNode()))
                    .ifPresent(q -> value(doc, q, t.getValueNode()));
        }
    }

    private static Optional<Question> question(YamlDoc doc, BotDefinition bot, String id, Node at) {
        Optional<Question> q = bot.question(id);
        if (q.isEmpty()) {
            List<String> ids = bot.questions().stream().map(Question::id).toList();
            doc.problem(at, "'" + id + "' is not a question of " + bot.id() + "; " + Suggestions.expectedOneOf(id, ids));
        }
        return q;
    }

    private static void value(YamlDoc doc, Question q, Node value) {
        Optional<String> v = scalar(value);
        if (v.isEmpty() || v.get().equals("unknown")) return;
        if (q.type() == SlotType.CHOICE && q.option(v.get()).isEmpty()) {
            List<String> ids = q.options().stream().map(Question.ChoiceOption::id).toList();
            doc.problem(value, "question '" + q.id() + "' has no option '" + v.get() + "' (the note stores option "
                    + "ids); " + Suggestions.expectedOneOf(v.get(), ids));
        } else if (q.type() == SlotType.YES_NO && Fields.parseBoolean(v.get()) == null) {
            doc.problem(value, "question '" + q.id() + "' is yes_no: expect \"yes\" or \"no\", not '" + v.get() + "'");
        }
    }

    private static Optional<Node> field(Node node, String key) {
        if (!(node instanceof MappingNode m)) return Optional.empty();
        return m.getValue().stream().filter(t -> scalar(t.getKeyNode()).filter(key::equals).isPresent())
                .map(NodeTuple::getValueNode).findFirst();
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s && !YamlDoc.isNull(s) ? Optional.of(s.getValue().strip()) : Optional.empty();
    }
}
