package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Catalog, recommendation, scoring and knowledge-file problems, and unknown keys at every level. */
class BrokenShopBotTest {
    static final String SHOP = """
            id: shop
            name: Shop
            language: en
            welcome: "Hi!"
            disclosure: "I'm an automated assistant."
            offer: "bikes"
            questions:
              - id: usage
                ask: ["What for?", "How will you ride?"]
                type: choice
                options:
                  - {id: city, label: City}
                  - {id: kids, label: Kids}
              - id: electric
                ask: ["Electric?", "With assistance?"]
                type: yes_no
              - id: budget
                ask: ["Budget?", "How much?"]
                type: money
            catalog:
              columns:
                id: text
                name: text
                category: {type: choice, values: [city, cargo]}
                electric: boolean
                price: money
            recommend:
              budget: {question: budget, column: price}
              max_items: 2
              link: "https://shop.example/{id}"
              rules:
                - when: {question: usage, in: [kids]}
                  require: {category: [cargo]}
                - when: {question: electric, in: ["yes"]}
                  require: {electric: ["true"]}
            cta:
              - when: {recommended: true}
                type: purchase
                message: "Want the link?"
              - type: booking
                message: "A test ride?"
                collect: [email]
            scoring:
              points: {budget: 30}
              thresholds: {sql: 60, mql: 30}
            kpis:
              - {kpi: conversion_rate, data: d, tool: t, baseline: 2, target: 5, horizon: 3 months, why: w}
              - {kpi: average_order_value, data: d, tool: t, baseline: 900, target: 1100, horizon: 3 months, why: w}
              - {kpi: cart_recovery_rate, data: d, tool: t, baseline: 5, target: 10, horizon: 4 weeks, why: w}
            """;
    static final String CSV = """
            id,name,category,electric,price
            c1,City One,city,false,690
            k1,Cargo Max,cargo,true,"3 490,00"
            """;

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("unknown key in catalog", "  columns:", "  colums:", "unknown key 'colums' in 'catalog' (did you mean 'columns'?)"),
                Arguments.of("unknown column type", "price: money", "price: monnaie", "bot.yaml:26: catalog column 'price' has type 'monnaie'; expected one of text, money, choice, boolean, integer, url"),
                Arguments.of("unknown key in a column", "{type: choice, values: [city, cargo]}", "{type: choice, valeurs: [city, cargo]}", "unknown key 'valeurs' in catalog column 'category' (did you mean 'values'?)"),
                Arguments.of("unknown key in recommend", "  max_items: 2", "  max_item: 2", "unknown key 'max_item' in 'recommend' (did you mean 'max_items'?)"),
                Arguments.of("too many items", "max_items: 2", "max_items: 5", "'max_items' in 'recommend' is 5; recommend 1 to 3 items"),
                Arguments.of("budget on a non-money question", "{question: budget, column: price}", "{question: usage, column: price}", "names question 'usage', a choice question; it must be a money question"),
                Arguments.of("budget on an unknown column", "{question: budget, column: price}", "{question: budget, column: prix}", "names unknown catalog column 'prix'"),
                Arguments.of("rule on an unknown column", "require: {category: [cargo]}", "require: {categorie: [cargo]}", "bot.yaml:33: 'require' in recommend rule 1 names unknown catalog column 'categorie'; expected one of id, name, category, electric, price (did you mean 'category'?)"),
                Arguments.of("rule on an unknown value", "require: {category: [cargo]}", "require: {category: [kargo]}", "recommend rule 1: column 'category' has no value 'kargo'; expected one of city, cargo (did you mean 'cargo'?)"),
                Arguments.of("rule on an unknown question", "{question: usage, in: [kids]}", "{question: use, in: [kids]}", "names unknown question 'use'"),
                Arguments.of("rule with a bad boolean", "electric: [\"true\"]", "electric: [\"maybe\"]", "column 'electric' is a boolean; use true or false, not 'maybe'"),
                Arguments.of("unknown key in a rule", "      require: {category: [cargo]}", "      requires: {category: [cargo]}", "unknown key 'requires' in recommend rule 1 (did you mean 'require'?)"),
                Arguments.of("purchase link without {id}", "link: \"https://shop.example/{id}\"", "link: \"https://shop.example/\"", "the 'link' of 'recommend' must contain {id}"),
                Arguments.of("unknown scoring indicator", "points: {budget: 30}", "points: {budjet: 30}", "unknown scoring indicator 'budjet'"),
                Arguments.of("inverted thresholds", "{sql: 60, mql: 30}", "{sql: 30, mql: 60}", "scoring thresholds must satisfy 0 <= mql < sql <= 100"),
                Arguments.of("unknown key in scoring", "  thresholds:", "  treshold:", "unknown key 'treshold' in 'scoring' (did you mean 'thresholds'?)"),
                Arguments.of("unknown key in a KPI", "horizon: 4 weeks, why: w}", "horizon: 4 weeks, why: w, owner: me}", "unknown key 'owner' in KPI 'cart_recovery_rate'"),
                Arguments.of("unknown key in a cta rule", "    collect: [email]", "    colect: [email]", "unknown key 'colect' in cta rule 2 (did you mean 'collect'?)"),
                Arguments.of("a link on a booking", "    collect: [email]", "    collect: [email]\n    link: \"https://x/{id}\"", "cta rule 2 is a booking; only a purchase has a 'link'"),
                Arguments.of("unknown key in a condition", "{question: usage, in: [kids]}", "{question: usage, inn: [kids]}", "unknown key 'inn' in the 'when' of recommend rule 1 (did you mean 'in'?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_broken_shop_bot_names_the_line_and_the_fix(String what, String from, String to, String expected) {
        assertThat(SHOP).contains(from);
        assertThat(problems(SHOP.replace(from, to), CSV)).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void the_valid_shop_loads_with_typed_catalog_and_overridden_scoring() {
        BotDefinition bot = new BotFolderLoader().load(files(SHOP, CSV));
        assertThat(bot.knowledge().catalog()).hasSize(2);
        assertThat(bot.knowledge().catalog().get(1).money("price")).contains(new BigDecimal("3490.00"));
        assertThat(bot.scoring().points("budget")).isEqualTo(30);
        assertThat(bot.scoring().points("need")).isEqualTo(20);
        assertThat(bot.scoring().sqlThreshold()).isEqualTo(60);
        assertThat(bot.kpiPlan().get(2).horizonMonths()).isEqualTo(1);
        assertThat(bot.recommendation().maxItems()).isEqualTo(2);
        assertThat(bot.recommendation().linkTemplate()).isEqualTo("https://shop.example/{id}");
        assertThat(bot.phoneRegion()).isEqualTo("US");
    }

    @Test
    void a_broken_column_type_is_reported_once_without_a_cascade() {
        assertThat(problems(SHOP.replace("price: money", "price: monnaie"), CSV)).containsExactly(
                "bot.yaml:26: catalog column 'price' has type 'monnaie'; expected one of text, money, choice, boolean, "
                        + "integer, url");
    }

    @Test
    void a_catalog_problem_names_the_csv_line() {
        assertThat(problems(SHOP, CSV.replace("690", "six cents")))
                .anySatisfy(p -> assertThat(p).startsWith("catalog.csv:2: price 'six cents' is not a number"));
    }

    @Test
    void jargon_in_a_catalog_text_column_names_the_row() {
        assertThat(problems(SHOP, CSV.replace("Cargo Max", "Cargo Max upsell"))).isEmpty();
        assertThat(problems(SHOP.replace("kpis:", "jargon: [upsell]\nkpis:"), CSV.replace("Cargo Max", "Cargo Max upsell")))
                .containsExactly("catalog.csv:3: column 'name' contains 'upsell', internal jargon clients must never "
                        + "see; reword it, or take it off bot.yaml's 'jargon' list");
    }

    @Test
    void a_missing_catalog_file_is_named() {
        assertThat(new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", SHOP)).problems())
                .extracting(Problem::toString)
                .contains("bot.yaml:20: the catalog file 'catalog.csv' is not in memory; add it next to bot.yaml or "
                        + "remove the 'catalog' section");
    }

    @Test
    void a_json_catalog_not_declared_as_such_is_pointed_out() {
        assertThat(new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", SHOP).with("catalog.json", "[]"))
                .problems()).extracting(Problem::toString).containsExactly("bot.yaml:20: the catalog file 'catalog.csv' "
                        + "is not in memory; to read catalog.json, write file: catalog.json in the 'catalog' section");
    }

    @Test
    void a_catalog_file_without_a_catalog_section_is_reported() {
        String noCatalog = SHOP.substring(0, SHOP.indexOf("catalog:")) + SHOP.substring(SHOP.indexOf("cta:"))
                .replace("  - when: {recommended: true}\n    type: purchase\n    message: \"Want the link?\"\n", "");
        assertThat(problems(noCatalog, CSV)).anySatisfy(p -> assertThat(p)
                .startsWith("catalog.csv: bot.yaml has no 'catalog' section"));
    }

    @Test
    void a_json_catalog_is_typed_like_the_csv_and_its_problems_name_the_object_line() {
        String json = """
                [
                  {"id": "c1", "name": "City One", "category": "city", "electric": false, "price": 690},
                  {"id": "k1", "name": "Cargo Max", "category": "kargo", "electric": true, "price": 3490}
                ]
                """;
        String yaml = SHOP.replace("catalog:\n", "catalog:\n  file: catalog.json\n");
        List<Problem> problems = new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", yaml)
                .with("catalog.json", json)).problems();
        assertThat(problems).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("catalog.json:3: category 'kargo' is not one of city, cargo"));
        BotDefinition ok = new BotFolderLoader().load(new MemoryBotFiles().with("bot.yaml", yaml)
                .with("catalog.json", json.replace("kargo", "cargo")));
        assertThat(ok.knowledge().catalog()).hasSize(2);
        assertThat(ok.knowledge().catalog().get(1).bool("electric")).contains(true);
    }

    @Test
    void faq_and_synonyms_problems_are_collected_with_the_bot_yaml_ones() {
        MemoryBotFiles files = files(SHOP.replace("type: money", "type: monney"), CSV)
                .with("faq.md", "## Do you deliver?\n\n## Opening hours?\nNine to six.\n")
                .with("synonyms.txt", "bike\n");
        List<String> problems = new BotFolderLoader().check(files).problems().stream().map(Problem::toString).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("bot.yaml:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("faq.md:1:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("synonyms.txt:1:"));
    }

    @Test
    void a_catalog_saved_in_a_legacy_encoding_is_a_problem_not_a_crash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("bot.yaml"), SHOP);
        java.nio.file.Files.write(dir.resolve("catalog.csv"), CSV.replace("City One", "Vélo ville")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(new BotFolderLoader().check(new DirectoryBotFiles(dir)).problems()).extracting(Problem::toString)
                .containsExactly("catalog.csv: not UTF-8 text; save catalog.csv as UTF-8 (in a spreadsheet: CSV UTF-8)");
    }

    @Test
    void a_purchase_without_a_catalog_is_refused() {
        String yaml = BrokenBotYamlTest.VALID.replace("type: booking", "type: purchase");
        assertThat(BrokenBotYamlTest.problems(yaml)).anySatisfy(p -> assertThat(p)
                .contains("cta rule 1 is a purchase, which needs a catalog and a 'recommend' section"));
    }

    static MemoryBotFiles files(String yaml, String csv) {
        return new MemoryBotFiles().with("bot.yaml", yaml).with("catalog.csv", csv);
    }

    static List<String> problems(String yaml, String csv) {
        return new BotFolderLoader().check(files(yaml, csv)).problems().stream().map(Problem::toString).toList();
    }
}
