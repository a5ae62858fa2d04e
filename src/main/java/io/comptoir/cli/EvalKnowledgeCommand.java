package io.comptoir.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.knowledge.KnowledgeBase;
import io.comptoir.knowledge.KnowledgeEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comptoir eval knowledge DIR FILE.jsonl}: hit@1, hit@3 and scope accuracy on labelled questions. */
@Command(name = "knowledge", description = "Score FAQ retrieval and scope on a labelled JSONL file.")
public final class EvalKnowledgeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "Bot folder (or example id)")
    String dir;

    @Parameters(index = "1", paramLabel = "FILE", arity = "0..1",
            description = "JSONL lines {\"text\", \"expected_source\"} or {\"text\", \"in_scope\": false} "
                    + "(default: DIR/eval/faq-paraphrases.jsonl)")
    Path file;

    @Option(names = "--min-hit1", description = "Exit 1 when hit@1 is below this (0-1)")
    Double minHit1;

    @Option(names = "--min-scope-acc", description = "Exit 1 when scope accuracy is below this (0-1)")
    Double minScope;

    @Option(names = "--verbose", description = "Print every line with its best entry and score")
    boolean verbose;

    @Override
    public Integer call() {
        BotDefinition bot = Bots.load(dir);
        Path input = file != null ? file : Path.of(dir, "eval", "faq-paraphrases.jsonl");
        List<KnowledgeEvaluation.Case> cases = read(input);
        KnowledgeBase kb = KnowledgeBase.build(bot);
        KnowledgeEvaluation.Report r = KnowledgeEvaluation.evaluate(kb, cases,
                t -> KnowledgeCommands.analyze(bot, t));
        out().printf(Locale.ROOT, "bot %s — %d lines, %d labelled%n", bot.id(), r.lines(), r.labelled());
        out().printf(Locale.ROOT, "hit@1 %.3f (%d/%d)   hit@3 %.3f (%d/%d)   scope accuracy %.3f (%d/%d)%n",
                r.hit1Rate(), r.hit1(), r.labelled(), r.hit3Rate(), r.hit3(), r.labelled(), r.scopeAccuracy(),
                r.scopeCorrect(), r.lines());
        out().printf(Locale.ROOT, "answered %d, clarified %d, not found %d%n", r.answered(), r.clarified(),
                r.labelled() - r.answered() - r.clarified());
        if (verbose) {
            for (KnowledgeEvaluation.Case c : cases) {
                io.comptoir.knowledge.FaqResult fr = kb.faq().ask(c.text());
                var ranked = KnowledgeEvaluation.ranked(fr);
                String top = ranked.isEmpty() ? "-" : ranked.get(0).entry().id();
                double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
                out().printf(Locale.ROOT, "  %s %.3f %.3f %s %s | %s%n", c.expectedSource() == null ? "OOS"
                        : top.equals(c.expectedSource()) ? "OK " : "BAD", fr.score(), second,
                        fr.getClass().getSimpleName(), top, c.text());
            }
        }
        for (KnowledgeEvaluation.Miss m : r.misses()) {
            out().printf(Locale.ROOT, "  miss [%s] %s — expected %s, got %s (score %.3f)%n", m.kind(), m.text(),
                    m.expected(), m.got(), m.score());
        }
        boolean ok = (minHit1 == null || r.hit1Rate() >= minHit1) && (minScope == null || r.scopeAccuracy() >= minScope);
        if (!ok) out().println("FAILED: below the --min-hit1 / --min-scope-acc threshold");
        return ok ? 0 : 1;
    }

    /** Reads the labelled lines; a malformed line is an error naming the file and line. */
    static List<KnowledgeEvaluation.Case> read(Path input) {
        List<String> lines;
        try {
            lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComptoirException.NotFound("cannot read " + input + ": " + e.getMessage());
        }
        ObjectMapper mapper = new ObjectMapper();
        List<KnowledgeEvaluation.Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                JsonNode n = mapper.readTree(lines.get(i));
                String text = n.path("text").asText(null);
                String source = n.hasNonNull("expected_source") ? n.get("expected_source").asText() : null;
                boolean inScope = source != null || n.path("in_scope").asBoolean(true);
                if (text == null || (source == null && !n.has("in_scope"))) throw new IOException("missing field");
                cases.add(new KnowledgeEvaluation.Case(text, source, inScope));
            } catch (IOException e) {
                throw new ComptoirException.InvalidInput(input + ":" + (i + 1) + ": expected {\"text\": ..., "
                        + "\"expected_source\": ...} or {\"text\": ..., \"in_scope\": false}");
            }
        }
        return cases;
    }
}
