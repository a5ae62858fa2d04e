package io.comptoir.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.knowledge.KnowledgeEvaluation;
import io.comptoir.understanding.Analysis;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comptoir ask DIR "question" [--json]}: the FAQ answer as the client sees it, or the retrieval details. */
@Command(name = "ask", description = "Answer a question from a bot's FAQ, as the client would see it.")
public final class AskCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Bot folder (or example id)")
    String dir;

    @Parameters(index = "1", paramLabel = "QUESTION", description = "The client's question")
    String question;

    @Option(names = "--json", description = "Print answer, source, score, alternatives, in_scope and clarification")
    boolean json;

    @Option(names = "--terms", description = "With --json, also print the analysed search terms")
    boolean terms;

    @Override
    public Integer call() throws Exception {
        BotDefinition bot = Bots.load(dir);
        KnowledgeBase kb = KnowledgeBase.build(bot);
        FaqResult result = kb.faq().ask(question);
        boolean inScope = kb.scope().inScope(question, Analysis.empty(bot.language(), question));
        if (!json) {
            System.out.println(inScope || result instanceof FaqResult.Answered ? kb.clientText(result)
                    : kb.outOfScopeText());
            return 0;
        }
        ObjectNode out = toJson(result, inScope);
        if (terms) {
            out.putPOJO("terms", kb.queryTerms(question));
            out.put("scope_coverage", kb.scopeCoverage(question, Analysis.empty(bot.language(), question)));
        }
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    static ObjectNode toJson(FaqResult result, boolean inScope) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        FaqResult.Answered answered = result instanceof FaqResult.Answered a ? a : null;
        if (answered != null) {
            out.put("answer", answered.entry().answer());
            out.put("source", answered.entry().id());
        } else {
            out.putNull("answer");
            out.putNull("source");
        }
        out.put("score", result.score());
        ArrayNode alternatives = out.putArray("alternatives");
        for (FaqResult.Scored s : KnowledgeEvaluation.ranked(result)) {
            if (answered != null && s.entry() == answered.entry()) continue;
            alternatives.addObject().put("source", s.entry().id()).put("score", s.score());
        }
        out.put("in_scope", inScope);
        if (result instanceof FaqResult.Clarify c) out.put("clarification", c.question());
        else out.putNull("clarification");
        return out;
    }
}
