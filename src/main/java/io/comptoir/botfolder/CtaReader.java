package io.comptoir.botfolder;

import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import io.comptoir.bot.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code cta:}, the call-to-action rules tried in order. The last rule must have no {@code when}: it is the
 * default, so every conversation ends on a next step.
 */
final class CtaReader {
    static final List<String> KEYS = List.of("when", "type", "message", "collect", "link");
    static final List<String> WHEN_KEYS = List.of("status", "decision_maker", "resolved", "human_requested", "answer",
            "recommended");
    static final List<String> TYPES = Arrays.stream(CtaType.values()).map(CtaType::yamlName).toList();
    static final List<String> FIELDS = Arrays.stream(CtaRule.ContactField.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    static final List<String> STATUSES = List.of("sql", "mql", "unqualified", "out_of_scope");
    static final List<String> DECISION = List.of("yes", "no", "unknown");

    private final YamlDoc doc;
    private final List<Question> questions;
    private final boolean recommends;

    /** @param recommends whether the bot has a catalog and recommend rules (purchase and "recommended" need them) */
    CtaReader(YamlDoc doc, List<Question> questions, boolean recommends) {
        this.doc = doc;
        this.questions = questions;
        this.recommends = recommends;
    }

    List<CtaRule> read(Node node, int keyLine, String recommendLink) {
        List<Node> items = doc.items(node, "'cta'");
        List<CtaRule> rules = new ArrayList<>();
        int defaultAt = -1;
        for (int i = 0; i < items.size(); i++) {
            CtaRule rule = rule(items.get(i), i + 1, recommendLink);
            if (rule == null) continue;
            if (rule.when().isDefault()) {
                if (defaultAt >= 0) {
                    doc.problem(items.get(i), "cta rule " + (i + 1) + " has no 'when', like rule " + (defaultAt + 1)
                            + ", so it can never be chosen; add a 'when' or remove it");
                } else {
                    defaultAt = i;
                }
            } else if (defaultAt >= 0) {
                doc.problem(items.get(i), "cta rule " + (i + 1) + " comes after the default rule " + (defaultAt + 1)
                        + " (the one without 'when') and can never be chosen; move the default rule last");
            }
            rules.add(rule);
        }
        if (!items.isEmpty() && defaultAt < 0) {
            doc.problem(keyLine, "'cta' has no default rule; end the list with a rule without 'when', e.g. "
                    + "- type: callback, so every conversation ends on a next step");
        }
        return rules;
    }

    private CtaRule rule(Node node, int index, String recommendLink) {
        String where = "cta rule " + index;
        Fields f = doc.fields(node, where, KEYS);
        CtaRule.When when = f.node("when").map(n -> when(n, where)).orElse(CtaRule.When.ALWAYS);
        CtaType type = type(f, where);
        String message = f.text("message", "write what the bot says to propose it, e.g. message: \"Je vous propose "
                + "un rendez-vous de 30 minutes. Quelle adresse e-mail pour l'invitation ?\"");
        List<CtaRule.ContactField> collect = collect(f, where);
        String link = f.optionalText("link", null);
        if (type != null) checkLink(f, where, type, link, recommendLink);
        if (type == null || message == null || when == null) return null;
        return new CtaRule(when, type, message, collect, link);
    }

    private CtaType type(Fields f, String where) {
        String raw = f.text("type", "add type: one of " + String.join(", ", TYPES));
        if (raw == null) return null;
        return CtaType.fromYaml(raw.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            doc.problem(f.node("type").get(), where + " has type '" + raw + "'; " + Suggestions.expectedOneOf(raw, TYPES));
            return null;
        });
    }

    private List<CtaRule.ContactField> collect(Fields f, String where) {
        List<CtaRule.ContactField> out = new ArrayList<>();
        List<Node> items = f.items("collect");
        List<String> values = f.texts("collect");
        for (int i = 0; i < values.size() && i < items.size(); i++) {
            String v = values.get(i).toLowerCase(Locale.ROOT);
            if (FIELDS.contains(v)) {
                CtaRule.ContactField field = CtaRule.ContactField.valueOf(v.toUpperCase(Locale.ROOT));
                if (!out.contains(field)) out.add(field);
            } else {
                doc.problem(items.get(i), where + " collects '" + values.get(i) + "'; "
                        + (v.contains(",") ? "write a list, e.g. collect: [" + v.replaceAll("\\s*,\\s*", ", ") + "]"
                        : Suggestions.expectedOneOf(values.get(i), FIELDS)));
            }
        }
        return out;
    }

    private void checkLink(Fields f, String where, CtaType type, String link, String recommendLink) {
        if (type == CtaType.PURCHASE) {
            if (!recommends) {
                doc.problem(f.node("type").get(), where + " is a purchase, which needs a catalog and a 'recommend' "
                        + "section in bot.yaml; add them or choose booking, callback or ticket");
            } else if (link == null && recommendLink == null) {
                f.missing("link", "a purchase needs a product link with {id}, e.g. link: \"https://shop.example/p/{id}\"");
            }
            if (link != null && !link.contains("{id}")) {
                doc.problem(f.node("link").get(), "the link of " + where + " must contain {id}, replaced by the "
                        + "recommended product's id");
            }
        } else if (link != null) {
            doc.problem(f.node("link").get(), where + " is a " + type.yamlName() + "; only a purchase has a 'link'; "
                    + "remove it or set type: purchase");
        }
    }

    /** Conditions, all of which must hold. Null when one could not be read (already reported). */
    private CtaRule.When when(Node node, String where) {
        String w = "the 'when' of " + where;
        int before = doc.problemCount();
        Fields f = doc.fields(node, w, WHEN_KEYS);
        if (f.isEmpty()) {
            doc.problem(node, w + " is empty; give a condition such as when: {status: sql}, or remove 'when' to make "
                    + "it the default rule");
            return null;
        }
        String status = choice(f, "status", STATUSES, w);
        String decision = choice(f, "decision_maker", DECISION, w, f.scalar("decision_maker").map(this::yesNo).orElse(null));
        Boolean resolved = f.has("resolved") ? f.bool("resolved") : null;
        Boolean human = f.has("human_requested") ? f.bool("human_requested") : null;
        Boolean recommended = f.has("recommended") ? f.bool("recommended") : null;
        if (recommended != null && !recommends) {
            doc.problem(f.node("recommended").get(), w + " tests 'recommended', which needs a catalog and a "
                    + "'recommend' section in bot.yaml");
        }
        Question.Condition answer = f.node("answer").map(n -> ConditionReader.read(doc, n, "the 'answer' condition of "
                + where, questions, questions.stream().map(Question::id).toList())).orElse(null);
        if (doc.problemCount() > before) return null;
        return new CtaRule.When(status, decision, resolved, human, answer, recommended);
    }

    /** YAML 1.1 authors write no/yes unquoted; both spellings mean the same here. */
    private String yesNo(String raw) {
        Boolean b = Fields.parseBoolean(raw);
        return b == null ? raw.toLowerCase(Locale.ROOT) : (b ? "yes" : "no");
    }

    private String choice(Fields f, String key, List<String> allowed, String where) {
        return choice(f, key, allowed, where, f.scalar(key).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null));
    }

    private String choice(Fields f, String key, List<String> allowed, String where, String value) {
        if (value == null) return null;
        if (allowed.contains(value)) return value;
        doc.problem(f.node(key).get(), where + " has " + key + " '" + value + "'; " + Suggestions.expectedOneOf(value, allowed));
        return null;
    }
}
