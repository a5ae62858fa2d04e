package io.comptoir.botfolder;

import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.CatalogSchema.Column;
import io.comptoir.bot.CatalogSchema.ColumnType;
import io.comptoir.bot.Question;
import io.comptoir.bot.Recommendation;
import io.comptoir.bot.SlotType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code catalog:} (the typed columns of catalog.csv) and {@code recommend:} (answers → filters). */
final class CatalogReader {
    static final List<String> CATALOG_KEYS = List.of("file", "columns");
    static final List<String> COLUMN_KEYS = List.of("type", "values");
    static final List<String> RECOMMEND_KEYS = List.of("budget", "max_items", "link", "rules");
    static final List<String> BUDGET_KEYS = List.of("question", "column");
    static final List<String> RULE_KEYS = List.of("when", "require", "prefer");
    static final List<String> TYPES = Arrays.stream(ColumnType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    /**
     * The catalog section: file name and schema.
     *
     * @param unreadable columns declared with a problem: other checks ignore them rather than report a cascade
     * @param complete whether the schema had no problem (the catalog file is only checked against a complete one)
     */
    record Catalog(String file, CatalogSchema schema, int line, Set<String> unreadable, boolean complete) {}

    private final YamlDoc doc;
    private Set<String> unreadable = Set.of();

    CatalogReader(YamlDoc doc) {
        this.doc = doc;
    }

    Catalog catalog(Node node, int keyLine) {
        int before = doc.problemCount();
        Set<String> unreadable = new HashSet<>();
        Fields f = doc.fields(node, "'catalog'", CATALOG_KEYS);
        String file = f.optionalText("file", "catalog.csv");
        if (file != null && !file.endsWith(".csv") && !file.endsWith(".json")) {
            doc.problem(f.node("file").get(), "the catalog file '" + file + "' must be a .csv or .json file next to bot.yaml");
        }
        List<Column> columns = new ArrayList<>();
        Node cols = f.node("columns").orElse(null);
        if (cols == null) {
            f.missing("columns", "type every column of the catalog, e.g. columns: {id: text, name: text, price: money}");
        } else if (!(cols instanceof MappingNode mapping)) {
            doc.problem(cols, "'columns' in 'catalog' must list 'column: type' lines, e.g. price: money");
        } else {
            for (NodeTuple t : mapping.getValue()) {
                Column c = column(t);
                if (c == null) {
                    if (t.getKeyNode() instanceof ScalarNode k) unreadable.add(k.getValue().strip());
                    continue;
                }
                if (columns.stream().anyMatch(o -> o.name().equals(c.name()))) {
                    doc.problem(t.getKeyNode(), "catalog column '" + c.name() + "' is declared twice");
                } else {
                    columns.add(c);
                }
            }
            for (String needed : List.of("id", "name")) {
                if (columns.stream().noneMatch(c -> c.name().equals(needed))) {
                    doc.problem(cols, "the catalog needs a '" + needed + "' column; add " + needed + ": text");
                }
            }
        }
        return new Catalog(file, new CatalogSchema(columns), f.has("file") ? f.line("file") : keyLine, unreadable,
                doc.problemCount() == before);
    }

    private Column column(NodeTuple t) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
            doc.problem(t.getKeyNode(), "a catalog column name must be a plain word");
            return null;
        }
        String name = k.getValue().strip();
        String where = "catalog column '" + name + "'";
        Node value = t.getValueNode();
        String rawType;
        List<String> values = List.of();
        if (value instanceof ScalarNode s && !YamlDoc.isNull(s)) {
            rawType = s.getValue().strip();
        } else {
            Fields f = doc.fields(value, where, COLUMN_KEYS);
            rawType = f.text("type", "add type: one of " + String.join(", ", TYPES));
            values = f.texts("values");
        }
        if (rawType == null) return null;
        String type = rawType.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            doc.problem(value, where + " has type '" + rawType + "'; " + Suggestions.expectedOneOf(rawType, TYPES));
            return null;
        }
        ColumnType ct = ColumnType.valueOf(type.toUpperCase(Locale.ROOT));
        if (ct == ColumnType.CHOICE && values.isEmpty()) {
            doc.problem(value, where + " is a choice column without values; write {type: choice, values: [a, b]}");
        } else if (ct != ColumnType.CHOICE && !values.isEmpty()) {
            doc.problem(value, where + " is a " + type + " column, so it takes no values; remove them or use type: choice");
        }
        return new Column(name, ct, values);
    }

    /** Reads {@code recommend:} against the catalog schema and the questions. */
    Recommendation recommend(Node node, Catalog catalog, List<Question> questions) {
        this.unreadable = catalog.unreadable();
        CatalogSchema schema = catalog.schema();
        Fields f = doc.fields(node, "'recommend'", RECOMMEND_KEYS);
        String budgetQuestion = null;
        String priceColumn = null;
        if (f.has("budget")) {
            Fields b = doc.fields(f.node("budget").get(), "the 'budget' of 'recommend'", BUDGET_KEYS);
            budgetQuestion = questionOfType(b, questions, SlotType.MONEY);
            priceColumn = columnOfType(b, schema, ColumnType.MONEY);
        }
        Integer max = f.has("max_items") ? f.integer("max_items", "3") : Integer.valueOf(3);
        if (max != null && (max < 1 || max > 3)) {
            doc.problem(f.node("max_items").get(), "'max_items' in 'recommend' is " + max + "; recommend 1 to 3 items");
        }
        String link = f.optionalText("link", null);
        if (link != null && !link.contains("{id}")) {
            doc.problem(f.node("link").get(), "the 'link' of 'recommend' must contain {id}, replaced by the product's id");
        }
        List<Recommendation.Rule> rules = new ArrayList<>();
        List<Node> items = f.items("rules");
        for (int i = 0; i < items.size(); i++) {
            Recommendation.Rule r = rule(items.get(i), "recommend rule " + (i + 1), schema, questions);
            if (r != null) rules.add(r);
        }
        int maxItems = max == null ? 3 : Math.max(1, Math.min(3, max));
        return new Recommendation(budgetQuestion, priceColumn, maxItems, rules, link);
    }

    private String questionOfType(Fields b, List<Question> questions, SlotType type) {
        String id = b.text("question", "name the money question, e.g. question: budget");
        if (id == null) return null;
        List<String> ids = questions.stream().map(Question::id).toList();
        Question q = questions.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (q == null) {
            doc.problem(b.node("question").get(), b.where() + " names unknown question '" + id + "'; "
                    + Suggestions.expectedOneOf(id, ids));
        } else if (q.type() != type) {
            doc.problem(b.node("question").get(), b.where() + " names question '" + id + "', a " + q.type().yamlName()
                    + " question; it must be a " + type.yamlName() + " question");
        }
        return id;
    }

    private String columnOfType(Fields b, CatalogSchema schema, ColumnType type) {
        String name = b.text("column", "name the price column, e.g. column: price");
        if (name == null) return null;
        List<String> names = schema.columns().stream().map(Column::name).toList();
        Column c = schema.column(name).orElse(null);
        if (c == null && unreadable.contains(name)) return name;
        if (c == null) {
            doc.problem(b.node("column").get(), b.where() + " names unknown catalog column '" + name + "'; "
                    + Suggestions.expectedOneOf(name, names));
        } else if (c.type() != type) {
            doc.problem(b.node("column").get(), b.where() + " names column '" + name + "' of type "
                    + c.type().name().toLowerCase(Locale.ROOT) + "; it must be a money column");
        }
        return name;
    }

    private Recommendation.Rule rule(Node node, String where, CatalogSchema schema, List<Question> questions) {
        Fields f = doc.fields(node, where, RULE_KEYS);
        Question.Condition when = null;
        if (f.has("when")) {
            when = ConditionReader.read(doc, f.node("when").get(), "the 'when' of " + where, questions,
                    questions.stream().map(Question::id).toList());
        } else {
            f.missing("when", "say which answer triggers it, e.g. when: {question: usage, in: [enfants]}");
        }
        if (!f.has("require") && !f.has("prefer")) {
            f.missing("require' or 'prefer", "e.g. require: {category: [cargo]} keeps only cargo bikes, "
                    + "prefer: {category: [ville]} ranks city bikes first");
        }
        Map<String, List<String>> require = columnValues(f, "require", where, schema);
        Map<String, List<String>> prefer = columnValues(f, "prefer", where, schema);
        return when == null ? null : new Recommendation.Rule(when, require, prefer);
    }

    private Map<String, List<String>> columnValues(Fields f, String key, String where, CatalogSchema schema) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Node node = f.node(key).orElse(null);
        if (node == null) return out;
        if (!(node instanceof MappingNode mapping)) {
            doc.problem(node, "'" + key + "' in " + where + " must map columns to values, e.g. {category: [cargo]}");
            return out;
        }
        List<String> names = schema.columns().stream().map(Column::name).toList();
        for (NodeTuple t : mapping.getValue()) {
            String col = t.getKeyNode() instanceof ScalarNode s ? s.getValue().strip() : "?";
            Column c = schema.column(col).orElse(null);
            if (c == null && unreadable.contains(col)) continue;
            if (c == null) {
                doc.problem(t.getKeyNode(), "'" + key + "' in " + where + " names unknown catalog column '" + col
                        + "'; " + Suggestions.expectedOneOf(col, names));
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String v : doc.texts(t.getValueNode(), "'" + key + "." + col + "' in " + where)) {
                String checked = columnValue(t.getValueNode(), c, v, where);
                if (checked != null) values.add(checked);
            }
            out.put(col, values);
        }
        return out;
    }

    private String columnValue(Node at, Column c, String v, String where) {
        if (c.type() == ColumnType.BOOLEAN) {
            Boolean b = Fields.parseBoolean(v);
            if (b == null) doc.problem(at, where + ": column '" + c.name() + "' is a boolean; use true or false, not '" + v + "'");
            return b == null ? null : b.toString();
        }
        if (c.type() == ColumnType.CHOICE && !c.values().contains(v)) {
            doc.problem(at, where + ": column '" + c.name() + "' has no value '" + v + "'; "
                    + Suggestions.expectedOneOf(v, c.values()));
            return null;
        }
        return v;
    }
}
