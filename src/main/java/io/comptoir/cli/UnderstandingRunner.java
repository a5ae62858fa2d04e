package io.comptoir.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.ComptoirException;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.LanguageGuess;
import io.comptoir.understanding.RuleBasedUnderstander;
import io.comptoir.understanding.Understander;
import io.comptoir.understanding.UnderstandingContext;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the understanding contract on one text or one JSON line; shared by understand, eval and bench. */
final class UnderstandingRunner {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");
    private final Understander understander;
    private final ScopeHook scope;
    private final LocalDate today;
    private final Language defaultLanguage;
    private String defaultBot;

    UnderstandingRunner(Understander understander, ScopeHook scope, LocalDate today, Language defaultLanguage) {
        this.understander = understander;
        this.scope = scope;
        this.today = today;
        this.defaultLanguage = defaultLanguage;
    }

    static UnderstandingRunner create(LocalDate today, Language defaultLanguage) {
        return new UnderstandingRunner(new RuleBasedUnderstander(), ScopeHook.available(), today, defaultLanguage);
    }

    /** The bot for --jsonl lines that name none (the command's --bot). */
    UnderstandingRunner withDefaultBot(String bot) {
        this.defaultBot = bot;
        return this;
    }

    static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() ->
                new ComptoirException.InvalidInput("unknown language '" + code + "' (use fr or en)"));
    }

    Analysis analyze(String text, Language language, String bot) {
        return analyze(text, language, bot, today);
    }

    private Analysis analyze(String text, Language language, String bot, LocalDate day) {
        String region = bot == null ? null : scope.phoneRegion(bot, language);
        UnderstandingContext ctx = new UnderstandingContext(language, day,
                region != null ? region : language.defaultRegion());
        return understander.analyze(text, ctx);
    }

    ObjectNode understand(JsonNode id, String text, Language language, String bot) {
        return understand(id, text, language, bot, today);
    }

    private ObjectNode understand(JsonNode id, String text, Language language, String bot, LocalDate day) {
        Analysis a = analyze(text, language, bot, day);
        Boolean inScope = bot == null ? null : scope.inScope(bot, text, a);
        return UnderstandingJson.result(id, a, inScope);
    }

    /**
     * One input line of --jsonl (its "lang", else the command's --lang, else a guess from the text; its "now", else
     * the command's --now): a result, or an error line that names the id or line number.
     */
    ObjectNode line(String raw, int lineNumber) {
        JsonNode in;
        try {
            in = UnderstandingJson.MAPPER.readTree(raw);
        } catch (Exception e) {
            return UnderstandingJson.error(salvageId(raw), lineNumber, "malformed JSON line");
        }
        if (in == null || !in.isObject()) return UnderstandingJson.error(null, lineNumber, "expected a JSON object");
        JsonNode id = in.get("id");
        JsonNode text = in.get("text");
        if (text == null || !text.isTextual()) return UnderstandingJson.error(id, lineNumber, "missing \"text\" string");
        Language language = defaultLanguage != null ? defaultLanguage : LanguageGuess.guess(text.asText());
        JsonNode lang = in.get("lang");
        if (lang != null && !lang.isNull()) {
            var l = Language.fromCode(lang.asText());
            if (l.isEmpty()) return UnderstandingJson.error(id, lineNumber, "unknown lang '" + lang.asText() + "'");
            language = l.get();
        }
        JsonNode bot = in.get("bot");
        String botRef = bot == null || bot.isNull() || bot.asText().isBlank() ? defaultBot : bot.asText();
        try {
            return understand(id, text.asText(), language, botRef, lineDay(in.get("now")));
        } catch (ComptoirException e) {
            return UnderstandingJson.error(id, lineNumber, e.getMessage());
        } catch (RuntimeException e) {
            // one bad line (or a bot that fails on it) must not stop the batch
            return UnderstandingJson.error(id, lineNumber, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A line's own reference day ("now": "YYYY-MM-DD"), so that a set with many reference days runs in one process. */
    private LocalDate lineDay(JsonNode now) {
        if (now == null || now.isNull() || now.asText().isBlank()) return today;
        return DateOptions.day(now.asText(), "\"now\"");
    }

    private static JsonNode salvageId(String raw) {
        Matcher m = ID.matcher(raw);
        if (!m.find()) return null;
        try {
            return UnderstandingJson.MAPPER.readTree(m.group(1));
        } catch (Exception e) {
            return null;
        }
    }
}
