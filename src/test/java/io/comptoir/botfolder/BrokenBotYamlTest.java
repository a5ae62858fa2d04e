package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken bot.yaml yields a problem naming the file, the line and the fix. */
class BrokenBotYamlTest {
    /** A small valid bot; the line numbers in the table below refer to it. */
    static final String VALID = """
            id: test-bot
            name: Test
            language: fr
            welcome: "Bonjour !"
            disclosure: "Je suis un assistant automatique."
            offer: "les sites web"
            questions:
              - id: need
                ask: ["Quel projet ?", "Quel type de projet ?"]
                type: choice
                options:
                  - {id: vitrine, label: Site vitrine}
                  - {id: ecommerce, label: Boutique en ligne}
              - id: budget
                ask: ["Quel budget ?", "Quelle enveloppe ?"]
                type: money
              - id: decision
                ask: ["Décidez-vous ?", "Est-ce vous qui validez ?"]
                type: yes_no
                when: {question: need, in: [vitrine]}
            cta:
              - when: {status: sql}
                type: booking
                message: "Un rendez-vous ?"
                collect: [email]
              - type: callback
                message: "Un rappel ?"
                collect: [phone]
            kpis:
              - {kpi: conversion_rate, data: d, tool: t, baseline: 2, target: 5, horizon: 3 months, why: w}
              - {kpi: qualification_rate, data: d, tool: t, baseline: 2, target: 5, horizon: 12 weeks, why: w}
              - {kpi: csat, data: d, tool: t, baseline: 70, target: 80, horizon: 6 months, why: w}
            """;

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("a misspelt slot type", "type: money", "type: monney",
                        "bot.yaml:16: question 'budget' has type 'monney'; expected one of choice, money, date, "
                                + "headcount, email, phone, yes_no, text (did you mean 'money'?)"),
                Arguments.of("an unknown top-level key", "offer:", "ofer:",
                        "bot.yaml:6: unknown key 'ofer' in bot.yaml (did you mean 'offer'?)"),
                Arguments.of("an unknown key in a question", "    type: yes_no", "    type: yes_no\n    exemples: [oui]",
                        "bot.yaml:20: unknown key 'exemples' in question 'decision' (did you mean 'examples'?)"),
                Arguments.of("an unknown key in a choice option", "{id: vitrine, label: Site vitrine}",
                        "{id: vitrine, label: Site vitrine, synonymes: [site]}",
                        "unknown key 'synonymes' in question 'need', option 1 (did you mean 'synonyms'?)"),
                Arguments.of("a single phrasing", "[\"Quel budget ?\", \"Quelle enveloppe ?\"]", "[\"Quel budget ?\"]",
                        "bot.yaml:15: question 'budget' has 1 distinct phrasing; write at least two"),
                Arguments.of("a choice without options", "    options:\n      - {id: vitrine, label: Site vitrine}\n"
                                + "      - {id: ecommerce, label: Boutique en ligne}\n", "",
                        "bot.yaml:8: question 'need' is missing 'options'"),
                Arguments.of("a condition on an unknown option", "in: [vitrine]", "in: [vitrin]",
                        "question 'need' has no option 'vitrin'; expected one of vitrine, ecommerce (did you mean 'vitrine'?)"),
                Arguments.of("a condition on a later question", "when: {question: need, in: [vitrine]}",
                        "when: {question: decision, in: [\"yes\"]}", "bot.yaml:20: the condition of question 'decision' "
                                + "names question 'decision', which is asked later"),
                Arguments.of("a condition on an unknown question", "when: {question: need, in: [vitrine]}",
                        "when: {question: besoin, in: [vitrine]}", "names unknown question 'besoin'"),
                Arguments.of("an unknown cta type", "type: booking", "type: rdv",
                        "bot.yaml:23: cta rule 1 has type 'rdv'; expected one of booking, purchase, callback, ticket, none"),
                Arguments.of("an unknown field to collect", "collect: [email]", "collect: [mail]",
                        "bot.yaml:25: cta rule 1 collects 'mail'; expected one of email, phone, name, company (did you mean 'email'?)"),
                Arguments.of("an unknown cta condition", "when: {status: sql}", "when: {statut: sql}",
                        "bot.yaml:22: unknown key 'statut' in the 'when' of cta rule 1 (did you mean 'status'?)"),
                Arguments.of("an unknown status", "when: {status: sql}", "when: {status: sq}",
                        "cta rule 1 has status 'sq'; expected one of sql, mql, unqualified, out_of_scope"),
                Arguments.of("no default call to action", "  - type: callback\n    message: \"Un rappel ?\"\n    collect: [phone]\n", "",
                        "bot.yaml:21: 'cta' has no default rule"),
                Arguments.of("a non-numeric KPI target", "target: 80", "target: beaucoup",
                        "bot.yaml:32: 'target' in KPI 'csat' is 'beaucoup', not a number"),
                Arguments.of("an unknown KPI", "kpi: csat", "kpi: nps",
                        "bot.yaml:32: KPI 'nps' is not a KPI Comptoir computes"),
                Arguments.of("too few KPIs", "  - {kpi: csat, data: d, tool: t, baseline: 70, target: 80, horizon: 6 months, why: w}\n", "",
                        "bot.yaml:29: the KPI plan has 2 KPIs; it needs 3 to 5"),
                Arguments.of("a bad horizon", "horizon: 6 months", "horizon: bientôt",
                        "the horizon of KPI 'csat' is 'bientôt'; write a number of months or weeks"),
                Arguments.of("an unsupported language", "language: fr", "language: de",
                        "bot.yaml:3: language 'de' is not supported; expected one of fr, en"),
                Arguments.of("a missing welcome", "welcome: \"Bonjour !\"\n", "",
                        "bot.yaml:1: bot.yaml is missing 'welcome'"),
                Arguments.of("a recommend section without catalog", "kpis:", "recommend: {max_items: 2}\nkpis:",
                        "'recommend' needs a catalog"),
                Arguments.of("jargon in the welcome", "welcome: \"Bonjour !\"", "welcome: \"Bonjour, futur prospect !\"",
                        "bot.yaml:4: 'welcome' contains 'prospect', internal jargon clients must never see; reword it"),
                Arguments.of("jargon in a phrasing", "\"Quel budget ?\"", "\"Quel budget pour la qualification ?\"",
                        "bot.yaml:15: 'ask' of question 'budget' contains 'qualification'"),
                Arguments.of("jargon in a call to action", "message: \"Un rappel ?\"", "message: \"Un rappel du service CRM ?\"",
                        "bot.yaml:27: a call-to-action message contains 'CRM'"),
                Arguments.of("a duplicated key", "name: Test", "name: Test\nname: Autre",
                        "bot.yaml:3: 'name' appears twice in bot.yaml (first on line 2); keep only one"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_broken_bot_yaml_names_the_line_and_the_fix(String what, String from, String to, String expected) {
        assertThat(VALID).contains(from);
        List<String> problems = problems(VALID.replace(from, to));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void jargon_in_a_faq_answer_is_reported_but_not_in_a_client_phrasing() {
        String faq = """
                # FAQ
                ## Vous vous connectez à mon CRM ?
                Aussi :
                - Intégration avec un CRM
                Tags : crm

                Oui, et chaque prospect y est ajouté.
                """;
        List<String> problems = new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", VALID)
                .with("faq.md", faq)).problems().stream().map(Problem::toString).toList();
        assertThat(problems).containsExactly("faq.md:2: this text is shown to clients and contains 'CRM', internal "
                        + "jargon they must never see; reword it",
                "faq.md:7: this text is shown to clients and contains 'prospect', internal jargon they must never see; "
                        + "reword it");
    }

    @Test
    void the_valid_fixture_has_no_problem() {
        assertThat(problems(VALID)).isEmpty();
    }

    @Test
    void a_choice_option_can_be_written_as_its_label_alone() {
        String yaml = VALID.replace("- {id: ecommerce, label: Boutique en ligne}", "- Boutique en ligne")
                .replace("- {id: vitrine, label: Site vitrine}", "- Site vitrine")
                .replace("in: [vitrine]", "in: [site_vitrine]");
        var bot = new BotFolderLoader().load(new MemoryBotFiles().with("bot.yaml", yaml));
        assertThat(bot.question("need").orElseThrow().options()).extracting(o -> o.id() + "=" + o.label())
                .containsExactly("site_vitrine=Site vitrine", "boutique_en_ligne=Boutique en ligne");
    }

    @Test
    void too_few_and_too_many_questions_are_errors() {
        String two = VALID.replace("""
                  - id: budget
                    ask: ["Quel budget ?", "Quelle enveloppe ?"]
                    type: money
                """, "");
        assertThat(problems(two)).contains("bot.yaml:7: the bot has 2 intake questions; it needs 3 to 5: add the missing ones");
        String extra = """
                  - id: q%d
                    ask: ["A ?", "B ?"]
                    type: text
                """;
        String six = VALID.replace("cta:", extra.formatted(4) + extra.formatted(5) + extra.formatted(6) + "cta:");
        assertThat(problems(six)).anySatisfy(p -> assertThat(p).startsWith("bot.yaml:7: the bot has 6 intake questions"));
    }

    @Test
    void every_problem_is_reported_in_one_pass() {
        String many = VALID.replace("type: money", "type: monney").replace("offer:", "ofer:").replace("target: 80", "target: x");
        assertThat(problems(many)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void malformed_yaml_is_one_clear_problem_with_its_line() {
        String broken = VALID.replace("    type: money", "    type: money\n   oops: [unclosed");
        List<String> problems = problems(broken);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("bot.yaml:").contains("YAML syntax error").contains("indentation");
    }

    @Test
    void an_empty_bot_yaml_says_what_to_write() {
        assertThat(problems("# nothing yet\n")).containsExactly(
                "bot.yaml:1: the file is empty; start with the bot's id, name and language");
    }

    @Test
    void a_missing_bot_yaml_is_named() {
        LoadResult r = new BotFolderLoader().check(new MemoryBotFiles());
        assertThat(r.problems()).extracting(Problem::toString)
                .containsExactly("bot.yaml: not found in memory; every bot folder needs one (create a starter bot with "
                        + "`comptoir init DIR --lang fr`)");
    }

    @Test
    void loading_an_invalid_bot_throws_with_every_problem() {
        MemoryBotFiles files = new MemoryBotFiles().with("bot.yaml", VALID.replace("type: money", "type: monney"));
        assertThatThrownBy(() -> new BotFolderLoader().load(files))
                .isInstanceOfSatisfying(InvalidBotException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining("bot.yaml:16: question 'budget' has type 'monney'");
    }

    static List<String> problems(String yaml) {
        return new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", yaml)).problems().stream()
                .map(Problem::toString).toList();
    }
}
