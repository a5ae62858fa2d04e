package io.comptoir.kpi;

import io.comptoir.bot.CtaType;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.ConversationEvent.*;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a conversation's event stream, one minute per step, for tests. */
public final class Script {
    private Instant at;
    private final List<ConversationEvent> events = new ArrayList<>();

    private Script(Instant start) { this.at = start; }

    public static Script startingAt(String instant) {
        Script s = new Script(Instant.parse(instant));
        s.events.add(new ConversationStarted(s.at));
        s.events.add(new StageEntered(s.at, Stage.WELCOME));
        return s;
    }

    private Instant tick() { at = at.plusSeconds(60); return at; }

    public Script asked(String q) { events.add(new QuestionAsked(tick(), q)); return this; }
    public Script filled(String... qs) { Instant t = tick(); for (String q : qs) events.add(new SlotFilled(t, q)); return this; }
    public Script clarified(String q) { events.add(new ClarificationAsked(tick(), q)); return this; }
    public Script outOfScope() { events.add(new OutOfScope(tick())); return this; }
    public Script human() { events.add(new HumanRequested(tick())); return this; }
    public Script answered() { events.add(new StageEntered(tick(), Stage.ANSWER)); events.add(new AnswerGiven(at, "faq", List.of("x"))); return this; }
    public Script proposed(CtaType t) { events.add(new CtaProposed(tick(), t)); return this; }
    public Script accepted(CtaType t, String email) {
        events.add(new CtaAccepted(tick(), t, email == null ? Map.of() : Map.of("email", email))); return this; }
    public Script declined(CtaType t) { events.add(new CtaDeclined(tick(), t)); return this; }
    public Script purchase(String amount) { events.add(new Purchase(tick(), new BigDecimal(amount), "EUR")); return this; }
    public Script csat(int score) { events.add(new Csat(tick(), score)); return this; }
    public Script ended(EndReason r) { events.add(new ConversationEnded(tick(), r)); return this; }

    public List<ConversationEvent> events() { return List.copyOf(events); }
}
