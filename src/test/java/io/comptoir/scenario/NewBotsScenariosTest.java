package io.comptoir.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.cli.TestCommand;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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
 */
class NewBotsScenariosTest {
    static final List<String> BOTS = List.of(
            "src/test/resources/new-bots/traiteur-evenements",
            "src/test/resources/new-bots/it-security-audit");

    @TestFactory
    Stream<DynamicTest> every_new_bot_scenario_passes() {
        return BOTS.stream().flatMap(dir -> {
            List<ScenarioResult> results = TestCommand.runBot(dir);
            assertThat(results).as("scenarios of %s", dir).hasSize(9);
            return results.stream().map(r -> DynamicTest.dynamicTest(r.bot() + " / " + r.scenario().name(),
                    () -> assertThat(r.failure()).as(r.scenario().file()).isNull()));
        });
    }
}
