package io.comptoir.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import io.comptoir.understanding.Analysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scope probes written before the classifier was tuned (short questions, typos, SMS): a request whose object is
 * foreign to the bot is out of scope even with a generic verb ("vous réparez les voitures ?"); the bot's own
 * nouns and the flow's small talk stay in scope.
 */
class ScopeProbesTest {
    @ParameterizedTest
    @ValueSource(strings = {"agence-web", "boutique-velo", "helpdesk-saas"})
    void tells_foreign_requests_from_its_own_topics_even_with_a_generic_verb(String id) throws Exception {
        BotDefinition bot = TestBots.example(id);
        List<KnowledgeEvaluation.Case> cases = ExampleBotsKnowledgeTest.read(
                Path.of("src", "test", "resources", "knowledge", "scope-probes-" + id + ".jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        KnowledgeEvaluation.Report r = KnowledgeEvaluation.evaluate(KnowledgeBase.build(bot), cases,
                t -> Analysis.empty(bot.language(), t));
        assertThat(r.scopeAccuracy()).as("scope accuracy of %s, misses %s", id, r.misses())
                .isGreaterThanOrEqualTo(0.9);
    }
}
