package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.LanguageGuess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `comptoir understand`: the understanding contract on one message, or on JSON lines from stdin. */
@Command(name = "understand", mixinStandardHelpOptions = true, description = "Print the entities, signals and scope read in a message (JSON).")
public final class UnderstandCommand implements Callable<Integer> {
    @Option(names = "--lang", description = "fr or en (default: guessed from the text; a JSON line's \"lang\" wins)")
    String lang;

    @Option(names = "--bot", description = "bot folder or bundled example id, for in_scope and the phone region (--jsonl: for lines without \"bot\")")
    String bot;

    @Option(names = "--now", description = "reference date for relative dates, YYYY-MM-DD (default: today; a JSON line's \"now\" wins)")
    String now;

    @Option(names = "--jsonl", description = "read {\"id\",\"lang\",\"text\",\"bot\"?,\"now\"?} lines from stdin, write one result a line")
    boolean jsonl;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the message (without --jsonl)")
    String text;

    @Override
    public Integer call() throws IOException {
        Language fixed = lang == null ? null : UnderstandingRunner.language(lang);
        UnderstandingRunner runner = UnderstandingRunner.create(today(now), fixed).withDefaultBot(bot);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        if (!jsonl) {
            if (text == null) throw new ComptoirException.InvalidInput("give the message to read, or use --jsonl");
            Language l = fixed != null ? fixed : LanguageGuess.guess(text);
            out.println(UnderstandingJson.write(runner.understand(null, text, l, bot)));
            out.flush();
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            out.println(UnderstandingJson.write(runner.line(line, n)));
        }
        out.flush();
        return 0;
    }

    static LocalDate today(String now) {
        if (now == null) return LocalDate.now();
        return DateOptions.day(now, "--now");
    }
}
