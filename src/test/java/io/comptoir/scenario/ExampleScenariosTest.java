package io.comptoir.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.cli.TestCommand;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of every example bot, through the real loader, engine and runner: `mvn verify` fails if one fails. */
class ExampleScenariosTest {
    static final List<String> BOTS = List.of("examples/agence-web", "examples/boutique-velo", "examples/helpdesk-saas");

    @TestFactory
    Stream<DynamicTest> every_example_scenario_passes() {
        return BOTS.stream().flatMap(dir -> {
            List<ScenarioResult> results = TestCommand.runBot(dir);
            assertThat(results).as("scenarios of %s", dir).hasSizeGreaterThanOrEqualTo(6);
            return results.stream().map(r -> DynamicTest.dynamicTest(r.bot() + " / " + r.scenario().name(),
                    () -> assertThat(r.failure()).as(r.scenario().file()).isNull()));
        });
    }
}
