package io.comptoir.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.knowledge.KnowledgeEvaluation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comptoir ask DIR "question" [--json]}: the FAQ answer as the client sees it, or the retrieval details. */
@Command(name = "ask", description = "Answer a question from a bot's FAQ, as the client would see it.")
public final class AskCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "Bot folder (or example id)")
    String dir;

    @Parameters(index = "1", paramLabel = "QUESTION", arity = "0..1", description = "The client's question")
    String question;

    @Option(names = "--answer", paramLabel = "QUESTION=VALUE",
            description = "Recommend from the catalog with this collected answer (repeatable), e.g. usage=train")
    java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();

    @Option(names = "--budget", paramLabel = "AMOUNT", description = "With --answer: the client's budget")
    java.math.BigDecimal budget;

    @Option(names = "--json", description = "Print answer, source, score, alternatives, in_scope and clarification")
    boolean json;

    @Option(names = "--terms", description = "With --json, also print the analysed search terms")
    boolean terms;

    @Override
    public Integer call() throws Exception {
        BotDefinition bot = Bots.load(dir);
        KnowledgeBase kb = KnowledgeBase.build(bot);
        if (!answers.isEmpty() || budget != null) return recommend(kb);
        if (question == null) throw new io.comptoir.ComptoirException.InvalidInput("ask: give a QUESTION, or --answer/--budget to get a recommendation");
        FaqResult result = kb.faq().ask(question);
        boolean inScope = kb.scope().inScope(question, KnowledgeCommands.analyze(bot, question));
        if (!json) {
            out().println(inScope || result instanceof FaqResult.Answered ? kb.clientText(result)
                    : kb.outOfScopeText());
            return 0;
        }
        ObjectNode out = toJson(result, inScope);
        if (terms) {
            out.putPOJO("terms", kb.queryTerms(question));
            out.put("scope_coverage", kb.scopeCoverage(question, KnowledgeCommands.analyze(bot, question)));
        }
        out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    private int recommend(KnowledgeBase kb) {
        io.comptoir.understanding.Entity.Money money = budget == null ? null
                : new io.comptoir.understanding.Entity.Money(budget.toPlainString(), budget, null, null, "EUR", null);
        io.comptoir.knowledge.RecommendationResult r = kb.recommender()
                .recommend(new io.comptoir.knowledge.RecommendationRequest(answers, money));
        out().println(r.exactFit() ? "Fits:" : "Nothing fits exactly; closest:");
        for (io.comptoir.knowledge.RecommendationResult.Item i : r.items()) {
            out().println("- " + i.item().name() + " (" + i.item().id() + "): " + i.clientReason());
            out().println("    internal: " + i.internalReason());
        }
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
