package io.comptoir.botfolder;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code questions:}: the 3 to 5 intake questions, their phrasings, types, options and conditions. */
final class QuestionReader {
    static final List<String> KEYS = List.of("id", "ask", "type", "options", "required", "help", "examples",
            "acknowledge", "when", "label");
    static final List<String> OPTION_KEYS = List.of("id", "label", "synonyms");
    static final List<String> TYPES = Arrays.stream(SlotType.values()).map(SlotType::yamlName).toList();
    static final int MIN = 3;
    static final int MAX = 5;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final YamlDoc doc;

    QuestionReader(YamlDoc doc) {
        this.doc = doc;
    }

    List<Question> read(Node node, int keyLine) {
        List<Node> items = doc.items(node, "'questions'");
        if (items.size() < MIN || items.size() > MAX) {
            doc.problem(keyLine, "the bot has " + items.size() + " intake question" + (items.size() == 1 ? "" : "s")
                    + "; it needs " + MIN + " to " + MAX + (items.size() < MIN ? ": add the missing ones"
                    : ": keep the ones that matter most for the next step, the rest can wait for the call"));
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> allIds = items.stream().map(n -> YamlDoc.peek(n, "id")).flatMap(java.util.Optional::stream).toList();
        for (int i = 0; i < items.size(); i++) {
            Question q = question(items.get(i), i + 1, questions, allIds);
            if (q == null) continue;
            if (!ids.add(q.id())) {
                doc.problem(items.get(i), "question id '" + q.id() + "' is used twice; give each question its own id");
                continue;
            }
            questions.add(q);
        }
        return questions;
    }

    /** Reads one question; its condition may only name the questions already read. Null when unusable. */
    private Question question(Node node, int index, List<Question> earlier, List<String> allIds) {
        String where = YamlDoc.peek(node, "id").map(id -> "question '" + id + "'").orElse("question " + index);
        Fields f = doc.fields(node, where, KEYS);
        String id = f.text("id", "give it a short id such as id: budget (it names the answer in the note)");
        if (id != null && !ID.matcher(id).matches()) {
            doc.problem(f.node("id").get(), "question id '" + id + "' must be lower-case letters, digits and _ "
                    + "and start with a letter, e.g. " + slug(id));
        }
        List<String> phrasings = phrasings(f, where);
        SlotType type = type(f, where);
        List<Question.ChoiceOption> options = options(f, where, type);
        Boolean required = f.has("required") ? f.bool("required") : Boolean.TRUE;
        String help = f.optionalText("help", null);
        List<String> examples = f.texts("examples");
        String ack = f.optionalText("acknowledge", null);
        String label = f.optionalText("label", null);
        if (ack != null) checkPlaceholders(f, where, ack);
        Question.Condition when = null;
        if (f.has("when")) {
            when = ConditionReader.read(doc, f.node("when").get(), "the condition of " + where, earlier, allIds);
        }
        if (id == null || type == null) return null;
        return new Question(id, phrasings, type, options, required == null || required, help, examples, when, ack, label);
    }

    private List<String> phrasings(Fields f, String where) {
        if (!f.has("ask")) {
            f.missing("ask", "write two or more ways to ask it, e.g. ask: [\"Quel est votre budget ?\", "
                    + "\"Avez-vous une enveloppe en tête ?\"]");
            return List.of();
        }
        List<String> asks = new ArrayList<>(new LinkedHashSet<>(f.texts("ask")));
        if (asks.size() < 2) {
            doc.problem(f.node("ask").get(), where + " has " + asks.size() + " distinct phrasing"
                    + (asks.size() == 1 ? "" : "s") + "; write at least two, the bot uses the next one to ask again");
        }
        return asks;
    }

    private SlotType type(Fields f, String where) {
        String raw = f.text("type", "add type: one of " + String.join(", ", TYPES));
        if (raw == null) return null;
        return SlotType.fromYaml(raw.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            doc.problem(f.node("type").get(), where + " has type '" + raw + "'; " + Suggestions.expectedOneOf(raw, TYPES));
            return null;
        });
    }

    private List<Question.ChoiceOption> options(Fields f, String where, SlotType type) {
        if (type != SlotType.CHOICE) {
            if (type != null && f.has("options")) {
                doc.problem(f.node("options").get(), where + " is a " + type.yamlName() + " question, so it takes no "
                        + "options; remove them or set type: choice");
            }
            return List.of();
        }
        if (!f.has("options")) {
            f.missing("options", "a choice question lists its options, each with an id and a label, e.g. "
                    + "options: [{id: vitrine, label: Site vitrine}]");
            return List.of();
        }
        List<Node> items = f.items("options");
        if (items.size() < 2) {
            doc.problem(f.node("options").get(), where + " has " + items.size() + " option"
                    + (items.size() == 1 ? "" : "s") + "; a choice needs at least two");
        }
        List<Question.ChoiceOption> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Question.ChoiceOption o = option(items.get(i), where + ", option " + (i + 1));
            if (o == null) continue;
            if (!ids.add(o.id())) {
                doc.problem(items.get(i), where + ": option id '" + o.id() + "' is used twice");
            } else {
                options.add(o);
            }
        }
        return options;
    }

    private Question.ChoiceOption option(Node node, String where) {
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode && !YamlDoc.isNull(node)) {
            // Shorthand "- Site vitrine": the label as written, an id derived from it.
            String label = doc.text(node, where);
            return label == null ? null : new Question.ChoiceOption(optionId(label), label, List.of());
        }
        Fields f = doc.fields(node, where, OPTION_KEYS);
        String id = f.text("id", "give it an id stored in the note, e.g. id: vitrine");
        String label = f.text("label", "give it the label the client sees, e.g. label: Site vitrine");
        if (id != null && !OPTION_ID.matcher(id).matches()) {
            doc.problem(f.node("id").get(), "option id '" + id + "' in " + where
                    + " must be lower-case letters, digits, _ or -, e.g. " + slug(id));
            return null;
        }
        return id == null || label == null ? null : new Question.ChoiceOption(id, label, f.texts("synonyms"));
    }

    private void checkPlaceholders(Fields f, String where, String text) {
        var m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("value")) {
                doc.problem(f.node("acknowledge").get(), "'acknowledge' in " + where + " uses {" + m.group(1)
                        + "}; the only placeholder is {value}");
            }
        }
    }

    static String optionId(String label) {
        String v = java.text.Normalizer.normalize(label.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return v.isEmpty() ? "option" : v;
    }

    static String slug(String s) {
        String v = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return v.isEmpty() || !Character.isLetter(v.charAt(0)) ? "q_" + v : v;
    }
}
