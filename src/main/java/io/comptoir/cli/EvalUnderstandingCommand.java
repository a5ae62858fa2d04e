package io.comptoir.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `comptoir eval understanding FILE.jsonl`: runs the understanding contract on a labelled file and scores it. */
@Command(name = "understanding", mixinStandardHelpOptions = true, description = "Score the understanding layer on a labelled JSONL file.")
public final class EvalUnderstandingCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "labelled lines {id, lang, text, entities?, signals?, forbid?, bot?, in_scope?}")
    Path file;

    @Option(names = "--now", description = "reference date for relative dates, YYYY-MM-DD (default: today; a JSON line's \"now\" wins)")
    String now;

    @Option(names = "--min-entity-f1", defaultValue = "0", description = "exit 1 when entity F1 is lower")
    double minEntityF1;

    @Option(names = "--min-signal-f1", defaultValue = "0", description = "exit 1 when signal F1 is lower")
    double minSignalF1;

    @Option(names = "--min-scope-acc", defaultValue = "0", description = "exit 1 when scope accuracy is lower")
    double minScopeAcc;

    @Override
    public Integer call() throws IOException {
        UnderstandingScorer.Report report = evaluate(file, UnderstandCommand.today(now));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        for (String m : report.misses()) out.println("MISS " + m);
        report.summary().forEach(out::println);
        out.println(report.figures());
        boolean failed = report.entityF1() < minEntityF1 || report.signalF1() < minSignalF1
                || report.scopeAccuracy() < minScopeAcc;
        return failed ? 1 : 0;
    }

    /** Labels of the file, the understanding layer's predictions for them, and the score. */
    static UnderstandingScorer.Report evaluate(Path file, java.time.LocalDate today) throws IOException {
        if (!Files.isRegularFile(file)) throw new ComptoirException.NotFound("no such file: " + file);
        UnderstandingRunner runner = UnderstandingRunner.create(today, null);
        List<JsonNode> labels = new ArrayList<>();
        List<JsonNode> predictions = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            try {
                labels.add(UnderstandingJson.MAPPER.readTree(line));
            } catch (IOException e) {
                throw new ComptoirException.InvalidInput(file + ":" + n + ": not a JSON object; fix or remove the line");
            }
            predictions.add(runner.line(line, n));
        }
        return UnderstandingScorer.score(labels, predictions);
    }
}
