package io.comptoir.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.BotMessage;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.TurnResult;
import io.comptoir.engine.UserTurn;
import io.comptoir.note.CrmNote;
import io.comptoir.note.CrmNotes;
import io.comptoir.wire.NoteJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plays a scenario through a real engine and checks every expectation, plus one that holds for every scenario:
 * no client message contains the bot's jargon. Client turns are one minute apart from the scenario's {@code now}.
 */
public final class ScenarioRunner {
    private final BotDefinition bot;
    private final ConversationEngine engine;
    private final List<Pattern> jargon;

    public ScenarioRunner(BotDefinition bot, ConversationEngine engine) {
        this.bot = bot;
        this.engine = engine;
        this.jargon = bot.jargon().stream().map(ScenarioRunner::wordPattern).toList();
    }

    /** A jargon word as a whole word, case-insensitive ("lead" does not match "leader"). */
    public static Pattern wordPattern(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public ScenarioResult run(Scenario s) {
        List<TurnResult> results = new ArrayList<>();
        Instant now = s.now() == null ? Scenario.DEFAULT_NOW : s.now();
        TurnResult r = engine.start("scenario-" + slug(s.name()), now);
        results.add(r);
        ScenarioResult.Failure failure = jargon(0, r);
        for (int i = 0; i < s.turns().size(); i++) {
            Scenario.Step step = s.turns().get(i);
            ConversationState state = r.state();
            r = engine.handle(state, new UserTurn(step.user(), now.plusSeconds(60L * (i + 1))));
            results.add(r);
            if (failure == null) failure = jargon(i + 1, r);
            if (failure == null) failure = check(i + 1, step.expect(), r);
        }
        if (s.end() != null) {
            r = engine.close(r.state(), s.end(), now.plusSeconds(60L * (s.turns().size() + 1)));
            results.add(r);
            if (failure == null) failure = jargon(s.turns().size() + 1, r);
        }
        CrmNote note = CrmNotes.of(bot, r.state());
        if (failure == null) failure = checkNote(results.size() - 1, s.note(), NoteJson.toJson(note));
        return new ScenarioResult(bot.id(), s, results, note, failure);
    }

    private ScenarioResult.Failure jargon(int turn, TurnResult r) {
        for (BotMessage m : r.messages()) {
            for (String text : texts(m)) {
                for (Pattern p : jargon) {
                    if (p.matcher(text).find()) {
                        return new ScenarioResult.Failure(turn, "turn " + turn + " jargon", "no '" + p.pattern().replaceAll(
                                "\\(\\?[^)]*\\)|\\\\Q|\\\\E", "") + "' in client messages", quote(text));
                    }
                }
            }
        }
        return null;
    }

    private static List<String> texts(BotMessage m) {
        List<String> t = new ArrayList<>(m.buttons());
        t.add(0, m.text());
        return t;
    }

    private ScenarioResult.Failure check(int turn, Scenario.Expect e, TurnResult r) {
        String where = "turn " + turn + " ";
        String reply = String.join("\n", r.messages().stream().map(BotMessage::text).toList());
        String low = reply.toLowerCase(Locale.ROOT);
        if (e.stage() != null && !e.stage().equalsIgnoreCase(r.state().stage().wireName())) {
            return new ScenarioResult.Failure(turn, where + "stage", e.stage(), r.state().stage().wireName());
        }
        for (String c : e.replyContains()) {
            if (!low.contains(c.toLowerCase(Locale.ROOT))) return new ScenarioResult.Failure(turn, where + "reply_contains", quote(c), quote(reply));
        }
        for (String c : e.replyNotContains()) {
            if (low.contains(c.toLowerCase(Locale.ROOT))) return new ScenarioResult.Failure(turn, where + "reply_not_contains", "no " + quote(c), quote(reply));
        }
        List<String> buttons = r.messages().stream().flatMap(m -> m.buttons().stream()).toList();
        for (String b : e.buttonsContain()) {
            if (buttons.stream().noneMatch(x -> x.equalsIgnoreCase(b))) {
                return new ScenarioResult.Failure(turn, where + "buttons_contain", quote(b), buttons.toString());
            }
        }
        for (Map.Entry<String, JsonNode> slot : e.slots().entrySet()) {
            JsonNode actual = r.state().answer(slot.getKey()).map(NoteJson::answer).orElse(null);
            if (!JsonMatch.matches(slot.getValue(), actual)) {
                return new ScenarioResult.Failure(turn, where + "slots." + slot.getKey(), slot.getValue().toString(), String.valueOf(actual));
            }
        }
        return null;
    }

    private static ScenarioResult.Failure checkNote(int last, Map<String, JsonNode> expectations, JsonNode note) {
        for (Map.Entry<String, JsonNode> e : expectations.entrySet()) {
            JsonNode actual = JsonMatch.at(note, e.getKey());
            if (!JsonMatch.matches(e.getValue(), actual)) {
                return new ScenarioResult.Failure(last, "note " + e.getKey(), e.getValue().toString(), String.valueOf(actual));
            }
        }
        return null;
    }

    private static String quote(String s) {
        String one = s.replace("\n", " ");
        return "\"" + (one.length() > 160 ? one.substring(0, 157) + "..." : one) + "\"";
    }

    static String slug(String name) {
        return name == null ? "scenario" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
