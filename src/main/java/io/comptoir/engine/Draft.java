package io.comptoir.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy of one turn: a mutable mirror of the state plus what the turn says and emits. It lives only
 * inside one engine call, so the engine stays a pure function of (state, turn).
 */
final class Draft {
    final String conversationId, botId;
    final Instant startedAt;
    Instant at;
    Stage stage;
    int turn;
    String pending;
    final Map<String, Answer> answers;
    final Map<String, Integer> unclear;
    final List<Change> changes;
    final List<String> flags;
    Indicators indicators;
    Contact contact;
    List<Recommended> recommendation;
    final List<String> faqAnswered;
    final List<String> unanswered;
    CtaProgress cta;
    Boolean resolved;
    int outOfScopeCount;
    EndReason endReason;
    Instant endedAt;

    private final StringBuilder reply = new StringBuilder();
    private boolean lastWasBlock;
    final List<String> buttons = new ArrayList<>();
    final List<ConversationEvent> events = new ArrayList<>();
    final List<String> filledThisTurn = new ArrayList<>();
    /** Reply keys reacting to what the client signalled this turn (an objection, urgency), said with the acks. */
    final List<String> reactions = new ArrayList<>();
    /** The dialogue acts this turn was read as, after cleaning (shown to authors, never to the client). */
    final List<DialogueAct> acts = new ArrayList<>();
    Outcome outcome = new Outcome.Progressed();

    Draft(ConversationState s, Instant at) {
        conversationId = s.conversationId();
        botId = s.botId();
        startedAt = s.startedAt();
        this.at = at;
        stage = s.stage();
        turn = s.turn();
        pending = s.pending();
        answers = new LinkedHashMap<>(s.answers());
        unclear = new HashMap<>(s.unclear());
        changes = new ArrayList<>(s.changes());
        flags = new ArrayList<>(s.flags());
        indicators = s.indicators();
        contact = s.contact();
        recommendation = s.recommendation();
        faqAnswered = new ArrayList<>(s.faqAnswered());
        unanswered = new ArrayList<>(s.unanswered());
        cta = s.cta();
        resolved = s.resolved();
        outOfScopeCount = s.outOfScopeCount();
        endReason = s.endReason();
        endedAt = s.endedAt();
    }

    ConversationState freeze() {
        return new ConversationState(conversationId, botId, startedAt, at, stage, turn, pending, answers, unclear,
                changes, flags, indicators, contact, recommendation, faqAnswered, cta, resolved, outOfScopeCount,
                endReason, endedAt, unanswered);
    }

    /** Keeps a client question the FAQ could not answer, once, in the client's words. */
    void recordUnanswered(String question) {
        String q = question.strip();
        if (!q.isEmpty() && !unanswered.contains(q)) unanswered.add(q);
    }

    /** A read-only view of the state as it stands mid-turn (for scoring and rule evaluation). */
    ConversationState view() { return freeze(); }

    boolean ended() { return stage == Stage.CLOSED; }

    void flag(String f) {
        if (!flags.contains(f)) flags.add(f);
    }

    void enter(Stage s) {
        if (stage != s) {
            stage = s;
            events.add(new ConversationEvent.StageEntered(at, s));
        }
    }

    void emit(ConversationEvent e) { events.add(e); }

    /** Adds a sentence to the reply, on the same line as the previous one. */
    void say(String text) { append(text, false); }

    /** Adds a paragraph of its own (an answer, a recommendation, the recap). */
    void block(String text) { append(text, true); }

    /** Starts a new paragraph that the next sentences continue (a transition, the recap). */
    void paragraph(String text) {
        append(text, true);
        lastWasBlock = false;
    }

    private void append(String text, boolean block) {
        if (text == null || text.isBlank()) return;
        if (reply.length() > 0) reply.append(block || lastWasBlock ? "\n\n" : " ");
        reply.append(text.trim());
        lastWasBlock = block;
    }

    boolean saidSomething() { return reply.length() > 0; }

    TurnResult result() {
        List<BotMessage> messages = reply.length() == 0 ? List.of()
                : List.of(new BotMessage(reply.toString(), List.copyOf(buttons)));
        return new TurnResult(freeze(), messages, events, outcome, acts);
    }
}
