package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The labelled sets, scored with the reference rules, must stay above their thresholds. */
class UnderstandingEvalTest {
    private static final LocalDate NOW = LocalDate.of(2026, 11, 23);

    @Test
    void the_projects_own_labelled_set_meets_its_thresholds() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("src/test/resources/understanding"), "*.jsonl")) {
            ds.forEach(files::add);
        }
        int cases = 0;
        for (Path f : files) cases += (int) Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
        assertThat(cases).isGreaterThanOrEqualTo(300);
        for (Path f : files) {
            UnderstandingScorer.Report r = EvalUnderstandingCommand.evaluate(f, NOW);
            assertThat(r.entityF1()).as(f + " entity F1; misses: " + r.misses()).isGreaterThanOrEqualTo(0.97);
            assertThat(r.signalF1()).as(f + " signal F1; misses: " + r.misses()).isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void the_shared_development_set_meets_the_contract_thresholds() throws IOException {
        Optional<Path> dev = List.of(Path.of("../shared/eval/understanding-dev.jsonl"),
                Path.of("../../shared/eval/understanding-dev.jsonl")).stream().filter(Files::isRegularFile).findFirst();
        if (dev.isEmpty()) return;
        UnderstandingScorer.Report r = EvalUnderstandingCommand.evaluate(dev.get(), NOW);
        assertThat(r.entityF1()).as("misses: " + r.misses()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.signalF1()).as("misses: " + r.misses()).isGreaterThanOrEqualTo(0.95);
    }
}
