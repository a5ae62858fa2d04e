package io.comptoir.botfolder;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a condition on an answer, {@code {question: need, in: [vitrine, ecommerce]}}, used by questions
 * ({@code when}), calls to action ({@code answer}) and recommendation rules ({@code when}). Values are choice
 * option ids, or yes/no for a yes_no question.
 */
final class ConditionReader {
    static final List<String> KEYS = List.of("question", "in");

    private ConditionReader() {}

    /**
     * @param usable the questions this condition may name
     * @param allIds every question id, to tell "unknown" from "asked later"
     */
    static Question.Condition read(YamlDoc doc, Node node, String where, List<Question> usable,
                                   java.util.Collection<String> allIds) {
        Fields f = doc.fields(node, where, KEYS);
        String id = f.text("question", "name the question whose answer decides, e.g. question: need");
        if (!f.has("in")) f.missing("in", "list the answers that make it true, e.g. in: [vitrine, ecommerce]");
        if (id == null) return null;
        Optional<Question> question = usable.stream().filter(q -> q.id().equals(id)).findFirst();
        if (question.isEmpty()) {
            boolean later = allIds.contains(id);
            String ids = String.join(", ", usable.stream().map(Question::id).toList());
            doc.problem(f.node("question").orElse(node), where + " names " + (later
                    ? "question '" + id + "', which is asked later (or is this question itself); a condition can only use an earlier answer"
                    : "unknown question '" + id + "'" + Suggestions.didYouMean(id, usable.stream().map(Question::id).toList()))
                    + (ids.isEmpty() ? "" : "; known here: " + ids));
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : f.items("in")) {
            String v = value(doc, item, where, question.get());
            if (v != null) values.add(v);
        }
        return values.isEmpty() ? null : new Question.Condition(id, values);
    }

    private static String value(YamlDoc doc, Node item, String where, Question q) {
        if (!(item instanceof ScalarNode s) || YamlDoc.isNull(item)) {
            doc.problem(item, "each value in " + where + " must be a single word, e.g. in: [vitrine, ecommerce]");
            return null;
        }
        String raw = s.getValue().strip();
        if (q.type() == SlotType.YES_NO) {
            Boolean b = Fields.parseBoolean(raw);
            if (b == null) doc.problem(item, where + ": question '" + q.id() + "' is a yes_no question, so its value is "
                    + "yes or no, not '" + raw + "'");
            return b == null ? null : (b ? "yes" : "no");
        }
        if (q.type() != SlotType.CHOICE) {
            doc.problem(item, where + ": question '" + q.id() + "' is a " + q.type().yamlName()
                    + " question; conditions can only test choice or yes_no answers");
            return null;
        }
        if (q.option(raw).isPresent()) return raw;
        List<String> ids = q.options().stream().map(Question.ChoiceOption::id).toList();
        Optional<Question.ChoiceOption> byLabel = q.options().stream()
                .filter(o -> o.label().toLowerCase(Locale.ROOT).equals(raw.toLowerCase(Locale.ROOT))).findFirst();
        doc.problem(item, where + ": question '" + q.id() + "' has no option '" + raw + "'; "
                + byLabel.map(o -> "that is a label, use its id '" + o.id() + "'")
                        .orElse(Suggestions.expectedOneOf(raw, ids)));
        return null;
    }
}
