package io.comptoir.botfolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds internal jargon in the texts an author wrote for clients (welcome, questions, help, labels, call-to-action
 * messages, FAQ answers), so the author hears about it from {@code validate} rather than from a client. Words match
 * whole, case-insensitively, as the scenario runner checks them.
 */
final class JargonCheck {
    private static final List<String> TOP = List.of("welcome", "disclosure", "offer");
    private static final List<String> QUESTION = List.of("ask", "help", "examples", "acknowledge");
    private static final Pattern FAQ_META = Pattern.compile("^(id|aussi|also|tags?|lien|link)\\s*:.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVES = Pattern.compile("^(aussi|also)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^[-*]\\s+.*$");

    private final List<Pattern> words;
    JargonCheck(List<String> jargon) {
        this.words = jargon.stream().map(JargonCheck::wordPattern).toList();
    }

    static Pattern wordPattern(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The client texts of bot.yaml. */
    void checkBotYaml(YamlDoc doc, Node root) {
        if (!(root instanceof MappingNode top)) return;
        for (NodeTuple t : top.getValue()) {
            String key = key(t);
            if (TOP.contains(key)) scan(doc, t.getValueNode(), "'" + key + "'");
            if ("questions".equals(key)) eachItem(t.getValueNode(), q -> question(doc, q));
            if ("cta".equals(key)) eachItem(t.getValueNode(), r -> field(r, "message").ifPresent(m ->
                    scan(doc, m, "a call-to-action message")));
        }
    }

    private void question(YamlDoc doc, Node q) {
        String where = YamlDoc.peek(q, "id").map(id -> "question '" + id + "'").orElse("a question");
        if (!(q instanceof MappingNode m)) return;
        for (NodeTuple t : m.getValue()) {
            String key = key(t);
            if (QUESTION.contains(key)) scan(doc, t.getValueNode(), "'" + key + "' of " + where);
            if ("options".equals(key)) eachItem(t.getValueNode(), o -> {
                Node label = o instanceof ScalarNode ? o : field(o, "label").orElse(null);
                if (label != null) scan(doc, label, "an option label of " + where);
            });
        }
    }

    /** The answers and question headings of faq.md (not its alternative phrasings, tags or ids). */
    void checkFaq(String file, String content, List<Problem> problems) {
        String[] lines = content.split("\\R", -1);
        boolean inAlternatives = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (ALTERNATIVES.matcher(t).matches()) {
                inAlternatives = true;
                continue;
            }
            if (inAlternatives && LIST_ITEM.matcher(t).matches()) continue;
            inAlternatives = false;
            if (FAQ_META.matcher(t).matches() || t.startsWith("# ")) continue;
            int line = i + 1;
            find(t).ifPresent(w -> problems.add(new Problem(file, line, "this text is shown to clients and contains '"
                    + w + "', internal jargon they must never see; " + fix(w))));
        }
    }

    /** The text columns of catalog.csv: names and descriptions end up in recommendations. */
    void checkCatalogCsv(String file, String content, io.comptoir.bot.CatalogSchema schema, List<Problem> problems) {
        List<CsvReader.Row> rows = CsvReader.read(content);
        if (rows.isEmpty()) return;
        List<String> header = rows.get(0).values().stream().map(String::trim).toList();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            for (int c = 0; c < header.size() && c < row.values().size(); c++) {
                String column = header.get(c);
                boolean text = schema.column(column).map(col -> col.type() == io.comptoir.bot.CatalogSchema.ColumnType.TEXT)
                        .orElse(false);
                if (!text || column.equals("id")) continue;
                find(row.values().get(c)).ifPresent(w -> problems.add(new Problem(file, row.line(), "column '" + column
                        + "' contains '" + w + "', internal jargon clients must never see; " + fix(w))));
            }
        }
    }

    private void scan(YamlDoc doc, Node node, String what) {
        if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> scan(doc, n, what));
        } else if (node instanceof ScalarNode s) {
            find(s.getValue()).ifPresent(w -> doc.problem(node, what + " contains '" + w + "', internal jargon "
                    + "clients must never see; " + fix(w)));
        }
    }

    /** A default word can only be reworded; a word the bot added can also be taken off its list. */
    private static String fix(String found) {
        boolean builtIn = BotYamlReader.DEFAULT_JARGON.stream().anyMatch(d -> d.equalsIgnoreCase(found));
        return builtIn ? "reword it" : "reword it, or take it off bot.yaml's 'jargon' list";
    }

    private Optional<String> find(String text) {
        for (int i = 0; i < words.size(); i++) {
            var m = words.get(i).matcher(text);
            if (m.find()) return Optional.of(m.group());
        }
        return Optional.empty();
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode k ? k.getValue().toLowerCase(Locale.ROOT) : "";
    }

    private static Optional<Node> field(Node node, String key) {
        if (!(node instanceof MappingNode m)) return Optional.empty();
        return m.getValue().stream().filter(t -> key.equals(key(t))).map(NodeTuple::getValueNode).findFirst();
    }

    private static void eachItem(Node node, java.util.function.Consumer<Node> action) {
        if (node instanceof SequenceNode s) new ArrayList<>(s.getValue()).forEach(action);
    }
}
