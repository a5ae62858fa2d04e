package io.comptoir.botfolder;

import io.comptoir.bot.CtaRule;
import io.comptoir.bot.DeliveryTarget;
import io.comptoir.bot.KpiPlanEntry;
import io.comptoir.bot.Question;
import io.comptoir.bot.Recommendation;
import io.comptoir.bot.Scoring;
import io.comptoir.understanding.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads bot.yaml into its parts, collecting every problem; the loader assembles the definition when there are none. */
final class BotYamlReader {
    static final String FILE = "bot.yaml";
    static final List<String> KEYS = List.of("id", "name", "language", "tone", "region", "welcome", "disclosure",
            "offer", "scope", "questions", "cta", "scoring", "jargon", "kpis", "catalog", "recommend", "delivery");
    static final List<String> SCORING_KEYS = List.of("points", "thresholds");
    static final List<String> THRESHOLD_KEYS = List.of("sql", "mql");
    /** Words client messages never contain, whatever the bot; the bot's own list is added to them. */
    static final List<String> DEFAULT_JARGON = List.of("lead", "prospect", "SQL", "MQL", "BANT", "scoring", "CRM",
            "qualification", "objection");
    private static final Pattern BOT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

    /** Everything bot.yaml says; fields are null where a problem was reported. */
    record BotYaml(String id, String name, Language language, String tone, String region, String welcome,
                   String disclosure, String offer, List<String> scope, List<Question> questions, List<CtaRule> cta,
                   Scoring scoring, List<String> jargon, List<KpiPlanEntry> kpis, CatalogReader.Catalog catalog,
                   Recommendation recommendation, List<DeliveryTarget> delivery) {}

    private final YamlDoc doc;

    BotYamlReader(List<Problem> problems) {
        this.doc = new YamlDoc(FILE, problems);
    }

    /** Null when the file is not even a YAML mapping (the problem is reported). */
    BotYaml read(String content) {
        Node root = doc.parse(content).orElse(null);
        if (root == null) return null;
        if (!(root instanceof MappingNode)) {
            doc.problem(root, "bot.yaml must be a set of 'key: value' lines starting with id, name and language");
            return null;
        }
        Fields f = doc.fields(root, "bot.yaml", KEYS);
        String id = f.text("id", "add id: my-bot (lower-case letters, digits and dashes)");
        if (id != null && !BOT_ID.matcher(id).matches()) {
            doc.problem(f.node("id").get(), "the bot id '" + id + "' must be lower-case letters, digits and dashes, e.g. "
                    + QuestionReader.slug(id).replace('_', '-'));
        }
        String name = f.text("name", "add the name clients see, e.g. name: Pixel & Co");
        Language language = language(f);
        String tone = f.optionalText("tone", "");
        String region = region(f, language);
        String welcome = f.text("welcome", "add the greeting, e.g. welcome: \"Bonjour et bienvenue !\"");
        String disclosure = f.text("disclosure", "add one line telling the client they talk to an automated "
                + "assistant, e.g. disclosure: \"Je suis l'assistant automatique de l'agence.\"");
        String offer = f.text("offer", "say in one line what the bot helps with, e.g. offer: \"la création de sites web\"");
        List<String> scope = f.texts("scope");

        List<Question> questions = questions(f);
        CatalogReader catalogs = new CatalogReader(doc);
        CatalogReader.Catalog catalog = f.node("catalog").map(n -> catalogs.catalog(n, f.line("catalog"))).orElse(null);
        Recommendation recommendation = recommendation(f, catalogs, catalog, questions);
        List<CtaRule> cta = cta(f, questions, recommendation);
        Scoring scoring = f.node("scoring").map(this::scoring).orElse(Scoring.DEFAULT);
        List<String> jargon = jargon(f.texts("jargon"));
        List<KpiPlanEntry> kpis = kpis(f);
        List<DeliveryTarget> delivery = f.node("delivery").map(n -> new DeliveryReader(doc).read(n)).orElse(List.of());
        new JargonCheck(jargon).checkBotYaml(doc, root);
        return new BotYaml(id, name, language, tone, region, welcome, disclosure, offer, scope, questions, cta,
                scoring, jargon, kpis, catalog, recommendation, delivery);
    }

    private List<Question> questions(Fields f) {
        if (f.has("questions")) return new QuestionReader(doc).read(f.node("questions").get(), f.line("questions"));
        f.missing("questions", "add 3 to 5 intake questions under questions:");
        return List.of();
    }

    private Recommendation recommendation(Fields f, CatalogReader catalogs, CatalogReader.Catalog catalog,
                                          List<Question> questions) {
        if (!f.has("recommend")) return null;
        if (catalog == null) {
            doc.problem(f.line("recommend"), "'recommend' needs a catalog; add a 'catalog' section typing the "
                    + "columns of catalog.csv, or remove 'recommend'");
            return null;
        }
        return catalogs.recommend(f.node("recommend").get(), catalog, questions);
    }

    private List<CtaRule> cta(Fields f, List<Question> questions, Recommendation recommendation) {
        if (!f.has("cta")) {
            f.missing("cta", "add at least a default call to action, e.g. cta: [{type: callback, message: \"…\"}]");
            return List.of();
        }
        String link = recommendation == null ? null : recommendation.linkTemplate();
        return new CtaReader(doc, questions, recommendation != null).read(f.node("cta").get(), f.line("cta"), link);
    }

    private List<KpiPlanEntry> kpis(Fields f) {
        if (f.has("kpis")) return new KpiPlanReader(doc).read(f.node("kpis").get(), f.line("kpis"));
        f.missing("kpis", "add a KPI plan of 3 to 5 KPIs, e.g. - {kpi: conversion_rate, data: …, tool: …, "
                + "baseline: 2, target: 5, horizon: 3 months, why: …}");
        return List.of();
    }

    private Language language(Fields f) {
        String raw = f.text("language", "add language: fr or language: en");
        if (raw == null) return null;
        return Language.fromCode(raw).orElseGet(() -> {
            doc.problem(f.node("language").get(), "language '" + raw + "' is not supported; "
                    + Suggestions.expectedOneOf(raw, List.of("fr", "en")));
            return null;
        });
    }

    private String region(Fields f, Language language) {
        String raw = f.optionalText("region", null);
        if (raw == null) return language == null ? null : language.defaultRegion();
        if (!REGION.matcher(raw).matches()) {
            doc.problem(f.node("region").get(), "region '" + raw + "' must be a two-letter country code such as FR, BE, "
                    + "CH, CA, GB or US");
            return null;
        }
        return raw;
    }

    /** The defaults plus the bot's own words, without duplicates (case-insensitive). */
    static List<String> jargon(List<String> own) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String w : DEFAULT_JARGON) byKey.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
        for (String w : own) byKey.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
        return new ArrayList<>(byKey.values());
    }

    private Scoring scoring(Node node) {
        Fields f = doc.fields(node, "'scoring'", SCORING_KEYS);
        Map<String, Integer> points = new HashMap<>(Scoring.DEFAULT_POINTS);
        Node p = f.node("points").orElse(null);
        if (p instanceof MappingNode mapping) {
            List<String> known = Scoring.DEFAULT_POINTS.keySet().stream().sorted().toList();
            for (NodeTuple t : mapping.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                Integer v = known.contains(key) ? points(t.getValueNode(), key) : null;
                if (!known.contains(key)) {
                    doc.problem(t.getKeyNode(), "unknown scoring indicator '" + key + "'; "
                            + Suggestions.expectedOneOf(key, known));
                } else if (v != null) {
                    points.put(key, v);
                }
            }
        } else if (p != null) {
            doc.problem(p, "'points' in 'scoring' must list 'indicator: points' lines, e.g. budget: 20");
        }
        int sql = Scoring.DEFAULT.sqlThreshold();
        int mql = Scoring.DEFAULT.mqlThreshold();
        if (f.has("thresholds")) {
            Fields t = doc.fields(f.node("thresholds").get(), "the scoring 'thresholds'", THRESHOLD_KEYS);
            Integer s = t.has("sql") ? t.integer("sql", "70") : Integer.valueOf(sql);
            Integer m = t.has("mql") ? t.integer("mql", "40") : Integer.valueOf(mql);
            if (s != null && m != null) {
                if (s < 0 || s > 100 || m < 0 || m > 100 || m >= s) {
                    doc.problem(t.line(), "scoring thresholds must satisfy 0 <= mql < sql <= 100 (now sql " + s
                            + ", mql " + m + "); the defaults are sql: 70, mql: 40");
                }
                sql = s;
                mql = m;
            }
        }
        return new Scoring(points, sql, mql);
    }

    private Integer points(Node value, String key) {
        if (value instanceof ScalarNode s) {
            try {
                int v = Integer.parseInt(s.getValue().strip());
                if (v >= -100 && v <= 100) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        doc.problem(value, "scoring points for '" + key + "' must be a whole number between -100 and 100");
        return null;
    }
}
