package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.DeliveryTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bot.yaml's delivery: section is read into endpoints, and each mistake is a problem with its line and fix. */
class DeliverySectionTest {
    static List<String> problems(String delivery) {
        return new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", BrokenBotYamlTest.VALID + delivery))
                .problems().stream().map(Problem::toString).toList();
    }

    @Test
    void a_valid_section_gives_the_bot_its_endpoints() {
        var result = new BotFolderLoader().check(new MemoryBotFiles().with("bot.yaml", BrokenBotYamlTest.VALID + """
                delivery:
                  - {name: zap, type: webhook, url: "https://hooks.example.com/c", secret_env: ZAP_SECRET}
                  - name: crm
                    type: hubspot
                    secret_env: HUBSPOT_TOKEN
                    properties: {comptoir_score: qualification.score}
                """));
        assertThat(result.problems()).isEmpty();
        assertThat(result.definition().orElseThrow().delivery()).containsExactly(
                new DeliveryTarget("zap", "webhook", "https://hooks.example.com/c", "ZAP_SECRET", Map.of()),
                new DeliveryTarget("crm", "hubspot", null, "HUBSPOT_TOKEN", Map.of("comptoir_score", "qualification.score")));
    }

    @Test
    void a_secret_written_in_the_file_is_refused_with_how_to_name_it_instead() {
        assertThat(problems("""
                delivery:
                  - {name: zap, type: webhook, url: "https://h.example.com", secret: abc123}
                """)).containsExactly("bot.yaml:34: secrets never go in bot.yaml: remove 'secret' from delivery "
                + "endpoint 'zap', put the value in an environment variable and name it, e.g. secret_env: HOOK_SECRET");
    }

    @Test
    void an_unknown_type_a_missing_url_and_a_bad_note_path_are_each_reported_on_their_line() {
        assertThat(problems("""
                delivery:
                  - {name: a, type: hubspt, secret_env: T}
                  - {name: b, type: pipedrive, secret_env: T}
                  - name: c
                    type: salesforce
                    url: "https://acme.my.salesforce.com"
                    secret_env: sf-token
                    properties: {Score__c: qualifcation.score}
                """)).containsExactly(
                "bot.yaml:34: unknown delivery type 'hubspt'; expected one of webhook, hubspot, pipedrive, salesforce "
                        + "(did you mean 'hubspot'?)",
                "bot.yaml:35: delivery endpoint 'b' is missing 'url'; add your company's address, e.g. "
                        + "url: https://acme.pipedrive.com",
                "bot.yaml:39: 'sf-token' is not an environment variable name; use upper-case letters, digits and "
                        + "underscores, e.g. SALESFORCE_TOKEN",
                "bot.yaml:40: 'qualifcation.score' is not a field of the note; it starts with one of conversation_id, "
                        + "bot, language, started_at, ended_at, contact, answers, need, summary, indicators, "
                        + "qualification, recommendation, cta, next_action, flags, changes, unanswered_questions "
                        + "(did you mean 'qualification'?)");
    }
}
