package io.comptoir.knowledge;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.Question;
import io.comptoir.bot.Recommendation;
import io.comptoir.bot.SlotType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes why an item is recommended: for the client, from the item's real attributes ("pliant, électrique,
 * autonomie 60 km, 1 490 € — idéal pour votre usage (trajets en ville)"), always saying when it is over budget or
 * not exactly what was asked; for the note, the facts the ranking used.
 */
final class ItemReasons {
    private static final Set<String> NOT_FEATURES = Set.of("id", "name", "url", "description", "stock", "link");

    private final BotDefinition bot;
    private final LanguagePack pack;

    ItemReasons(BotDefinition bot, LanguagePack pack) {
        this.bot = bot;
        this.pack = pack;
    }

    String client(CatalogRecommender.Candidate c, Criteria criteria) {
        String text = describe(c.item());
        if (!c.meetsRequire()) {
            text = pack.text("reco.not_exact", "reason", text, "missing", missing(c.item(), criteria));
        } else if (!c.overBudget()) {
            List<String> uses = uses(c.item(), criteria);
            if (!uses.isEmpty()) text = pack.text("reco.fit", "reason", text, "use", String.join(", ", uses));
        }
        if (c.overBudget()) {
            // "a little over" only when it is within 20 % of the budget; beyond, just "over"
            boolean far = c.price().compareTo(criteria.budget().multiply(new BigDecimal("1.2"))) > 0;
            text = pack.text(far ? "reco.over_budget.far" : "reco.over_budget", "reason", text, "over", pack.money(c.price().subtract(criteria.budget())),
                    "why", pack.text("reco.over_budget.why"));
        }
        return text;
    }

    /** For the sales manager, in the bot's language: "1 590 € pour un budget de 2 500 € ; catégorie VTT demandée ; …". */
    String internal(CatalogRecommender.Candidate c, Criteria criteria) {
        List<String> parts = new ArrayList<>();
        if (criteria.budget() != null) {
            parts.add(pack.text(c.overBudget() ? "reco.why.over_budget" : "reco.why.budget",
                    "price", pack.money(c.price()), "budget", pack.money(criteria.budget())));
        }
        for (Criteria.Constraint r : criteria.require()) parts.add(why("require", r, r.matches(c.item())));
        for (Criteria.Constraint p : criteria.prefer()) parts.add(why("prefer", p, p.matches(c.item())));
        Object stock = c.item().attributes().get("stock");
        if (stock != null) parts.add(pack.text("reco.why.stock", "stock", stock.toString()));
        String score = String.format(java.util.Locale.ROOT, "%.2f", c.score()).replace(".", pack.text("money.decimal"));
        String text = String.join(pack.text("reco.why.separator"), parts);
        return pack.text("reco.why.score", "reasons", text, "score", score);
    }

    /** "catégorie VTT demandée", "sans assistance comme souhaité", or its "not met" form. */
    private String why(String kind, Criteria.Constraint c, boolean met) {
        String key = "reco.why." + kind + (met ? ".yes" : ".no");
        // a column may have its own wording (gender agreement: "catégorie VTT demandée")
        if (pack.optional(key + "." + c.column()) != null) key = key + "." + c.column();
        String what;
        if (isBoolean(c.column())) {
            what = boolLabel(c.column(), c.values().stream().anyMatch("true"::equalsIgnoreCase));
        } else {
            String label = pack.optional("label." + c.column());
            List<String> values = c.values().stream().map(this::valueLabel).toList();
            what = (label != null ? label + " " : "") + String.join(pack.text("reco.values.separator"), values);
        }
        return pack.text(key, "what", what);
    }

    private String boolLabel(String column, boolean wanted) {
        String specific = pack.optional("reco.bool." + wanted + "." + column);
        if (specific != null) return specific;
        String label = pack.optional("column." + column);
        label = label != null ? label : label(column);
        return wanted ? label : pack.text("reco.bool.false", "column", label);
    }

    /** A catalog choice value in client words ("vtt" -> "VTT"), the raw value when the language has no name for it. */
    private String valueLabel(String raw) {
        String named = pack.optional("value." + raw.toLowerCase(java.util.Locale.ROOT));
        return named != null ? named : raw;
    }

    /** "pliant, électrique, autonomie 60 km, 17 kg, 1 490 €" from the schema's columns in order. */
    String describe(CatalogItem item) {
        List<String> parts = new ArrayList<>();
        String priceColumn = bot.recommendation() == null ? "price" : bot.recommendation().priceColumn();
        for (CatalogSchema.Column column : bot.knowledge().catalogSchema().columns()) {
            String name = column.name();
            Object value = item.attributes().get(name);
            if (value == null || NOT_FEATURES.contains(name) || name.equals(priceColumn)) continue;
            String feature = feature(column, value);
            if (feature != null) parts.add(feature);
        }
        item.money(priceColumn).ifPresent(p -> parts.add(pack.money(p)));
        return String.join(", ", parts);
    }

    private String feature(CatalogSchema.Column column, Object value) {
        String template = pack.optional("column." + column.name());
        if (value instanceof Boolean b) {
            if (!b) return null;
            return template != null ? template : label(column.name());
        }
        String v = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        if (v.matches("\\d+\\.\\d+")) v = v.replace(".", pack.text("money.decimal"));
        if (template != null) return template.replace("{value}", v);
        return column.type() == CatalogSchema.ColumnType.CHOICE ? valueLabel(v) : null;
    }

    /** What the item lacks among the requirements, in client words ("cargo", "électrique"). */
    private String missing(CatalogItem item, Criteria criteria) {
        Set<String> out = new LinkedHashSet<>();
        for (Criteria.Constraint r : criteria.require()) {
            if (r.matches(item)) continue;
            if (isBoolean(r.column())) {
                out.add(boolLabel(r.column(), r.values().stream().anyMatch("true"::equalsIgnoreCase)));
            } else {
                out.add(String.join(pack.text("reco.values.separator"), r.values().stream().map(this::valueLabel).toList()));
            }
        }
        return String.join(", ", out);
    }

    /** The client's own choices (option labels) that this item satisfies. */
    private List<String> uses(CatalogItem item, Criteria criteria) {
        Set<String> out = new LinkedHashSet<>();
        for (Recommendation.Rule rule : criteria.active()) {
            boolean met = criteria.require().stream().filter(c -> c.rule() == rule).anyMatch(c -> c.matches(item))
                    || criteria.prefer().stream().filter(c -> c.rule() == rule).anyMatch(c -> c.matches(item));
            if (!met || rule.when() == null) continue;
            Question q = bot.question(rule.when().questionId()).orElse(null);
            String answer = criteria.answers().get(rule.when().questionId());
            if (q == null || q.type() != SlotType.CHOICE || answer == null) continue;
            q.option(answer.trim()).ifPresent(o -> out.add(lowerFirst(o.label())));
        }
        return List.copyOf(out);
    }

    private boolean isBoolean(String column) {
        return bot.knowledge().catalogSchema().column(column)
                .map(c -> c.type() == CatalogSchema.ColumnType.BOOLEAN).orElse(false);
    }

    /** "Sport et montagne" -> "sport et montagne" mid-sentence; acronyms ("VTT") are kept. */
    private static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String label(String column) {
        return column.replace('_', ' ');
    }
}
