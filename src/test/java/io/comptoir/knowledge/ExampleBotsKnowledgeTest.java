package io.comptoir.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.bot.BotDefinition;
import io.comptoir.understanding.Analysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each example bot answers its labelled paraphrase set (other words, typos, SMS) and tells what is out of scope. */
class ExampleBotsKnowledgeTest {
    @ParameterizedTest
    @ValueSource(strings = {"agence-web", "boutique-velo", "helpdesk-saas"})
    void answers_its_paraphrases_and_knows_its_scope(String id) throws Exception {
        BotDefinition bot = TestBots.example(id);
        List<KnowledgeEvaluation.Case> cases = read(Path.of("examples", id, "eval", "faq-paraphrases.jsonl"));
        assertThat(cases.stream().filter(c -> c.expectedSource() != null)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases.stream().filter(c -> !c.inScope())).hasSizeGreaterThanOrEqualTo(10);
        KnowledgeEvaluation.Report r = KnowledgeEvaluation.evaluate(KnowledgeBase.build(bot), cases,
                t -> Analysis.empty(bot.language(), t));
        assertThat(r.hit1Rate()).as("hit@1 of %s, misses %s", id, r.misses()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.scopeAccuracy()).as("scope accuracy of %s, misses %s", id, r.misses()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agence-web", "boutique-velo", "helpdesk-saas"})
    void every_labelled_source_exists_in_the_faq(String id) throws Exception {
        BotDefinition bot = TestBots.example(id);
        List<String> ids = bot.knowledge().faq().stream().map(e -> e.id()).toList();
        for (KnowledgeEvaluation.Case c : read(Path.of("examples", id, "eval", "faq-paraphrases.jsonl"))) {
            if (c.expectedSource() != null) assertThat(ids).contains(c.expectedSource());
        }
    }

    static List<KnowledgeEvaluation.Case> read(Path file) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<KnowledgeEvaluation.Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = mapper.readTree(line);
            String source = n.hasNonNull("expected_source") ? n.get("expected_source").asText() : null;
            cases.add(new KnowledgeEvaluation.Case(n.get("text").asText(), source,
                    source != null || n.path("in_scope").asBoolean(true)));
        }
        return cases;
    }
}
