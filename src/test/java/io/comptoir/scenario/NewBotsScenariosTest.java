package io.comptoir.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.cli.TestCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every scenario of two bots the engine was not written for, through the real loader, engine and runner.
 *
 * <p>{@code traiteur-evenements} (a caterer for weddings, company events and birthdays, in French) and
 * {@code it-security-audit} (an IT security firm for small businesses, in English) live in
 * {@code src/test/resources/new-bots}. They cover domains that no example bot, lexicon or test of the project
 * was tuned on, and their bot files and nine scenarios each (two ideal clients, three vague ones with
 * hesitations and changes of mind, an out-of-scope request, an FAQ question asked mid-intake, an angry client
 * who asks for a person, a client who leaves a contact early) were written before any engine tuning, from what a
 * demanding sales manager expects of a correct bot. The score they got on the untouched engine is recorded in
 * {@code newbots-first-run.txt}; they exist to measure how well the engine generalises, so a scenario must never
 * be rewritten to fit the engine: the engine is changed until they pass.
 *
 * <p>First run on the untouched engine: 9 of 18. Now: 18 of 18 (the last three fixed: a bare "sorry, I meant
 * 6,000" correcting a budget while another question is pending, a day written with its number beating a period
 * named in passing, "une cinquantaine je pense" as a bare guest count). The floor below is that figure, so a
 * change that loses one of them fails the build.
 */
class NewBotsScenariosTest {
    static final List<String> BOTS = List.of(
            "src/test/resources/new-bots/traiteur-evenements",
            "src/test/resources/new-bots/it-security-audit");
    /** Scenarios that must pass out of the 18 (raise it when the engine passes more; never lower it). */
    static final int FLOOR = 18;

    @Test
    void at_least_the_measured_number_of_new_bot_scenarios_pass() {
        List<ScenarioResult> results = BOTS.stream().flatMap(dir -> TestCommand.runBot(dir).stream()).toList();
        assertThat(results).hasSize(18);
        List<String> failures = results.stream().filter(r -> r.failure() != null)
                .map(r -> r.bot() + " / " + r.scenario().name() + ": " + r.failure()).toList();
        assertThat(results.size() - failures.size()).as("passing scenarios; failing: %s", failures).isGreaterThanOrEqualTo(FLOOR);
    }
}
