package io.comptoir.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.RuleBasedUnderstander;
import io.comptoir.understanding.Understander;
import io.comptoir.understanding.UnderstandingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `comptoir bench understanding [FILE...]`: per-utterance time of the understanding layer, in process. */
@Command(name = "understanding", mixinStandardHelpOptions = true, description = "Measure per-utterance understanding time (median, p99) over labelled sets.")
public final class BenchUnderstandingCommand implements Callable<Integer> {
    private static final Path OWN_SETS = Path.of("src/test/resources/understanding");
    private static final List<Path> SHARED_DEV = List.of(Path.of("../shared/eval/understanding-dev.jsonl"),
            Path.of("../../shared/eval/understanding-dev.jsonl"));

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSONL files with {lang, text} (default: the project's labelled sets)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "50", description = "measured passes over all utterances")
    int rounds;

    @Option(names = "--warmup", defaultValue = "20", description = "unmeasured passes first (JIT warm-up)")
    int warmup;

    private record Utterance(String text, UnderstandingContext context) {}

    @Override
    public Integer call() throws IOException {
        List<Utterance> utterances = load(files.isEmpty() ? defaultFiles() : files);
        if (utterances.isEmpty()) throw new ComptoirException.InvalidInput("no utterances to measure; give JSONL files");
        Understander u = new RuleBasedUnderstander();
        long sink = 0;
        for (int r = 0; r < warmup; r++) for (Utterance x : utterances) sink += u.analyze(x.text, x.context).entities().size();
        long[] samples = new long[rounds * utterances.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (Utterance x : utterances) {
                long t0 = System.nanoTime();
                sink += u.analyze(x.text, x.context).signals().size();
                samples[k++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(samples);
        double median = samples[samples.length / 2] / 1000.0;
        double p99 = samples[(int) Math.min(samples.length - 1, Math.ceil(samples.length * 0.99) - 1)] / 1000.0;
        double mean = Arrays.stream(samples).average().orElse(0) / 1000.0;
        System.out.printf(Locale.ROOT, "understanding: %d utterances x %d rounds (after %d warm-up rounds)%n",
                utterances.size(), rounds, warmup);
        System.out.printf(Locale.ROOT, "median=%.1f us  p99=%.1f us  mean=%.1f us  (checksum %d)%n", median, p99, mean, sink % 10);
        return 0;
    }

    private static List<Path> defaultFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(OWN_SETS)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(OWN_SETS, "*.jsonl")) {
                ds.forEach(out::add);
            }
        }
        SHARED_DEV.stream().filter(Files::isRegularFile).findFirst().ifPresent(out::add);
        out.sort(null);
        return out;
    }

    private static List<Utterance> load(List<Path> paths) throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Utterance> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isRegularFile(p)) throw new ComptoirException.NotFound("no such file: " + p);
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n;
                try {
                    n = UnderstandingJson.MAPPER.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                Language l = Language.fromCode(n.path("lang").asText("fr")).orElse(Language.FR);
                out.add(new Utterance(n.path("text").asText(""), UnderstandingContext.of(l, today)));
            }
        }
        return out;
    }
}
