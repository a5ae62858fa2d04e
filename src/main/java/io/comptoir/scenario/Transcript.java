package io.comptoir.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.engine.BotMessage;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.TurnResult;
import io.comptoir.wire.ActJson;
import io.comptoir.wire.NoteJson;
import java.util.List;
import java.util.TreeMap;

/**
 * A scenario run as its author reads it to see why it failed: the failing expectation, then each turn up to the
 * failing one with the client's message, the dialogue acts the bot read from it (as {@code chat --internal} shows
 * them), the bot's reply and buttons, and the stage and slots after it. The same text goes to the terminal and to
 * the JUnit XML, so a CI report explains a failure as well as the terminal does.
 */
public final class Transcript {
    private Transcript() {}

    /** The failure (if any) and the turns up to it; {@code whole} shows every turn, e.g. for a scenario that passed. */
    public static String of(ScenarioResult r, boolean whole) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.passed() ? "PASS " : "FAIL ").append(r.bot()).append(" / ").append(r.scenario().name())
                .append(" (").append(r.scenario().file()).append(")\n");
        if (!r.passed()) sb.append("  ").append(r.failure()).append('\n');
        boolean all = r.passed() || whole;
        int last = all ? r.results().size() - 1 : r.failure().turn();
        sb.append(all ? "  transcript:\n" : "  transcript up to turn " + last + ":\n");
        for (int i = 0; i <= last && i < r.results().size(); i++) turn(sb, r, i);
        return sb.toString();
    }

    private static void turn(StringBuilder sb, ScenarioResult r, int i) {
        TurnResult t = r.results().get(i);
        List<Scenario.Step> steps = r.scenario().turns();
        String head = "  [" + i + "] ";
        String pad = " ".repeat(head.length());
        if (i == 0) sb.append(head).append("(welcome)\n");
        else if (i <= steps.size()) sb.append(head).append("client: ").append(steps.get(i - 1).user()).append('\n');
        else sb.append(head).append("(conversation closed: ").append(r.scenario().end().wireName()).append(")\n");
        if (i > 0 && i <= steps.size()) {
            sb.append(pad).append("acts: ").append(t.acts().isEmpty() ? "none"
                    : String.join(" · ", t.acts().stream().map(ActJson::line).toList())).append('\n');
        }
        for (BotMessage m : t.messages()) {
            List<String> lines = m.text().lines().toList();
            for (int k = 0; k < lines.size(); k++) {
                // continuation lines under the first, blank ones left empty (no trailing spaces)
                if (k == 0) sb.append(pad).append("bot: ").append(lines.get(0));
                else if (!lines.get(k).isBlank()) sb.append(pad).append("     ").append(lines.get(k));
                sb.append('\n');
            }
            if (!m.buttons().isEmpty()) sb.append(pad).append("buttons: ").append(String.join(" | ", m.buttons())).append('\n');
        }
        sb.append(pad).append("stage: ").append(t.state().stage().wireName()).append("  slots: ").append(slots(t.state()))
                .append('\n');
    }

    private static ObjectNode slots(ConversationState s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(s.answers()).forEach((id, a) -> o.set(id, NoteJson.answer(a)));
        return o;
    }
}
