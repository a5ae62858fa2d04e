package io.comptoir.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.engine.BotMessage;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.Stage;
import io.comptoir.engine.TurnResult;
import io.comptoir.engine.UserTurn;
import io.comptoir.note.CrmNote;
import io.comptoir.note.CrmNotes;
import io.comptoir.note.NoteMarkdown;
import io.comptoir.wire.ComptoirEngines;
import io.comptoir.wire.ActJson;
import io.comptoir.wire.NoteJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Terminal chat in the client view; --internal adds the team view; --json plays a script from stdin. */
@Command(name = "chat", description = "Chat with a bot in the terminal (client view; --internal shows the team view).")
public final class ChatCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Bot folder or example id (agence-web, boutique-velo, helpdesk-saas)")
    String dir;

    @Option(names = "--internal", description = "Also print the internal view after each turn (stage, slots, indicators, score)")
    boolean internal;

    @Option(names = "--json", description = "Scripted: one client message per stdin line; print one JSON object")
    boolean json;

    @Option(names = "--now", paramLabel = "YYYY-MM-DD", description = "Reference day (turns start at 10:00 UTC, one minute apart)")
    String now;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BotDefinition bot = Bots.load(dir);
        ConversationEngine engine = ComptoirEngines.create(bot);
        Clock clock = new Clock(start());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        return json ? scripted(bot, engine, clock, in, out) : interactive(bot, engine, clock, in, out);
    }

    private Instant start() {
        if (now == null) return Instant.now();
        return DateOptions.day(now, "--now").atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    /** Deterministic with --now (one minute per turn), else the wall clock. */
    private final class Clock {
        private Instant t;
        Clock(Instant t) { this.t = t; }
        Instant next() {
            t = now == null ? Instant.now() : t.plusSeconds(60);
            return t;
        }
        Instant first() { return t; }
    }

    private int interactive(BotDefinition bot, ConversationEngine engine, Clock clock, BufferedReader in, PrintWriter out)
            throws IOException {
        TurnResult r = engine.start("chat-" + clock.first().getEpochSecond(), clock.first());
        show(out, bot, r);
        while (!r.state().ended()) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.trim().equalsIgnoreCase("quit") || line.trim().equalsIgnoreCase("exit")) {
                r = engine.close(r.state(), endReason(r.state()), clock.next());
                show(out, bot, r);
                break;
            }
            r = engine.handle(r.state(), new UserTurn(pickButton(line, r), clock.next()));
            show(out, bot, r);
        }
        out.println();
        out.println(NoteMarkdown.render(CrmNotes.of(bot, r.state())));
        out.flush();
        return 0;
    }

    /** Typing the number of a button picks it. */
    static String pickButton(String line, TurnResult last) {
        List<String> buttons = last.messages().isEmpty() ? List.of() : last.messages().get(last.messages().size() - 1).buttons();
        String t = line.trim();
        if (t.matches("\\d{1,2}")) {
            int i = Integer.parseInt(t);
            if (i >= 1 && i <= buttons.size()) return buttons.get(i - 1);
        }
        return line;
    }

    private void show(PrintWriter out, BotDefinition bot, TurnResult r) {
        for (BotMessage m : r.messages()) {
            out.println();
            out.println(m.text());
            for (int i = 0; i < m.buttons().size(); i++) out.println("  " + (i + 1) + ") " + m.buttons().get(i));
        }
        if (internal) {
            if (!r.acts().isEmpty()) out.println("  [internal] acts: " + String.join(" · ", r.acts().stream().map(ActJson::line).toList()));
            out.println(internalView(bot, r.state()));
        }
        out.flush();
    }

    static String internalView(BotDefinition bot, ConversationState s) {
        CrmNote n = CrmNotes.of(bot, s);
        ObjectNode slots = JsonNodeFactory.instance.objectNode();
        n.answers().forEach(a -> slots.set(a.questionId(), NoteJson.answer(a.value())));
        ObjectNode ind = NoteJson.toJson(n).with("indicators");
        return "  [internal] stage=" + s.stage().wireName() + " pending=" + s.pending() + " score=" + n.qualification().score()
                + " status=" + n.qualification().status() + "\n  [internal] slots=" + slots + "\n  [internal] indicators="
                + ind + "\n  [internal] flags=" + n.flags() + (n.cta().status() == null ? ""
                : " cta=" + n.cta().type() + "/" + n.cta().status());
    }

    private int scripted(BotDefinition bot, ConversationEngine engine, Clock clock, BufferedReader in, PrintWriter out)
            throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode turns = root.putArray("turns");
        TurnResult r = engine.start("chat-" + clock.first().getEpochSecond(), clock.first());
        add(turns, null, r);
        String line;
        while ((line = in.readLine()) != null) {
            r = engine.handle(r.state(), new UserTurn(line, clock.next()));
            add(turns, line, r);
        }
        if (!r.state().ended()) {
            r = engine.close(r.state(), endReason(r.state()), clock.next());
            add(turns, null, r);
        }
        root.set("note", NoteJson.toJson(CrmNotes.of(bot, r.state())));
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
        return 0;
    }

    private static void add(ArrayNode turns, String user, TurnResult r) {
        ObjectNode t = turns.addObject();
        t.put("user", user);
        ArrayNode bot = t.putArray("bot");
        ArrayNode buttons = t.putArray("buttons");
        for (BotMessage m : r.messages()) {
            bot.add(m.text());
            m.buttons().forEach(buttons::add);
        }
        t.put("stage", r.state().stage().wireName());
        ArrayNode acts = t.putArray("acts");
        r.acts().forEach(a -> acts.add(ActJson.toJson(a)));
    }

    /** End of input: a conversation that reached the answer or the call to action completed; otherwise it was left. */
    static EndReason endReason(ConversationState s) {
        return s.stage() == Stage.ANSWER || s.stage() == Stage.CTA ? EndReason.COMPLETED : EndReason.ABANDONED;
    }

}
