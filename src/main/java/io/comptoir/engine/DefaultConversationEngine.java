package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The five-stage conversation (welcome, intake, answer, call to action, closed) of one bot, as a pure function
 * of (state, client turn). Cross-cutting moves (a request for a person, an attempt to read internal content, an
 * out-of-scope request, a goodbye) are handled first, whatever the stage, then the stage's own step.
 */
final class DefaultConversationEngine implements ConversationEngine {
    private final Kit kit;
    private final Intake intake;
    private final Finish finish;
    private final Reading read;
    private final MessageReader reader;

    DefaultConversationEngine(BotDefinition bot, EnginePorts ports) {
        this.kit = new Kit(bot, ports);
        this.intake = new Intake(kit);
        this.finish = new Finish(kit);
        this.read = new Reading(kit);
        this.reader = new MessageReader(kit, read);
    }

    @Override
    public String botId() { return kit.bot.id(); }

    @Override
    public TurnResult start(String conversationId, Instant at) {
        Draft d = new Draft(ConversationState.initial(conversationId, kit.bot.id(), at), at);
        d.emit(new ConversationEvent.ConversationStarted(at));
        d.emit(new ConversationEvent.StageEntered(at, Stage.WELCOME));
        d.say(kit.bot.welcome());
        d.say(kit.bot.disclosure());
        Question first = kit.nextQuestion(d);
        if (first != null) kit.ask(d, first, 0);
        return d.result();
    }

    @Override
    public TurnResult close(ConversationState state, EndReason reason, Instant at) {
        if (state.ended()) return new TurnResult(state, List.of(), List.of(), new Outcome.Ended(state.endReason()));
        Draft d = new Draft(state, at);
        finish.end(d, reason);
        return d.result();
    }

    @Override
    public TurnResult handle(ConversationState state, UserTurn turn) {
        try {
            return step(state, turn);
        } catch (RuntimeException e) {
            // Never throw on client text: a failing component costs one graceful reply, never the turn.
            Draft d = new Draft(state, turn.at());
            d.turn++;
            d.say(kit.pick(d, "not_understood"));
            reprompt(d);
            d.outcome = new Outcome.NotUnderstood();
            return d.result();
        }
    }

    private TurnResult step(ConversationState state, UserTurn turn) {
        Draft d = new Draft(state, turn.at());
        d.turn++;
        if (state.ended()) {
            d.say(kit.pick(d, "already_closed"));
            d.outcome = new Outcome.Ended(state.endReason());
            return d.result();
        }
        if (d.stage == Stage.WELCOME) d.enter(Stage.INTAKE);
        String text = Reading.clean(turn.text());
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) return empty(d, text);
        Analysis a = read.analyze(text, turn.at(), d);
        Acts acts = new Acts(ActCleaner.clean(reader.read(d, a, text)));
        d.acts.addAll(acts.all());
        // 1. guardrail: internal content is never shown, whatever else the message says
        if (acts.has(DialogueAct.Injection.class)) return outOfScope(d, true);
        // 2. what the message tells about the client: indicators, complaint, contact details (any stage)
        read.indicators(d, a, text, acts);
        if (acts.has(DialogueAct.Complain.class)) complaint(d, text);
        if (d.stage == Stage.INTAKE) Reading.keepContact(d, a); // the later stages collect them for their call to action
        // 3. a request for a person (or a complaint, which a person must handle) hands off, with every fact kept
        if (acts.has(DialogueAct.RequestHuman.class)) return human(d, acts, a, text);
        // 4. the stage's own step: slot acts, knowledge answers, then what the stage waits for
        return switch (d.stage) {
            case CTA -> cta(d, acts, a, text);
            case ANSWER -> answerStage(d, acts, a, text);
            default -> intakeStep(d, acts, a, text);
        };
    }

    /** An upset client: flagged, urgent, and answered with an apology rather than "Parfait". */
    private void complaint(Draft d, String text) {
        if (!d.flags.contains("complaint")) d.reactions.add(0, "react_complaint");
        d.flag("complaint");
        Indicators i = d.indicators;
        if (!"high".equals(i.urgency())) {
            d.indicators = new Indicators("high", Formats.shorten(text, 200), i.decisionMaker(), i.decisionQuote(), i.objections());
        }
        d.reactions.remove("react_urgent");
    }

    private TurnResult intakeStep(Draft d, Acts acts, Analysis a, String text) {
        Question asked = kit.pendingQuestion(d);
        Intake.Filled filled = intake.apply(d, acts);
        boolean answeredAsked = asked != null && d.filledThisTurn.contains(asked.id());
        List<DialogueAct.AskKnowledge> answered = acts.answeredKnowledge();
        if (answered.isEmpty() && !filled.any() && acts.has(DialogueAct.AskKnowledge.class)
                && !acts.has(DialogueAct.CannotHandle.class)) {
            if (digression(d, acts.first(DialogueAct.AskKnowledge.class), text, filled)) return d.result();
        }
        acts.all(DialogueAct.AskKnowledge.class).stream().filter(k -> !k.answered() && filled.any())
                .forEach(k -> d.recordUnanswered(k.query()));
        // "never mind, bye" after an off-topic request: the client is leaving, not asking again
        if (!filled.any() && answered.isEmpty() && acts.has(DialogueAct.Goodbye.class)) return goodbye(d);
        if (!filled.any() && answered.isEmpty() && acts.has(DialogueAct.CannotHandle.class)) return outOfScope(d, false);
        intake.sayFilled(d, filled);
        if (asked != null && acts.has(DialogueAct.Clarify.class)) {
            if (!answered.isEmpty()) sayKnowledge(d, answered);
            intake.clarify(d, asked, acts.first(DialogueAct.Clarify.class));
            return d.result();
        }
        if (!answered.isEmpty()) {
            sayKnowledge(d, answered);
            resume(d);
            return d.result();
        }
        // a reply to "plutôt X ou Y ?" that names neither keeps the first reading (the question is already filled)
        if (asked != null && !answeredAsked && !filled.any() && !d.answers.containsKey(asked.id())) {
            if (acts.has(DialogueAct.ChitChat.class)) {
                d.say(kit.pick(d, a.has(Signal.THANKS) ? "thanks_back" : "greeting_back"));
                kit.ask(d, asked, 0);
                return d.result();
            }
            if (intake.unclear(d, asked, a, text)) return d.result();
        }
        advance(d);
        return d.result();
    }

    /** The FAQ answers to the questions asked beside the rest of the message, each once. */
    private void sayKnowledge(Draft d, List<DialogueAct.AskKnowledge> answered) {
        List<String> said = new ArrayList<>();
        for (DialogueAct.AskKnowledge k : answered) {
            io.comptoir.bot.FaqEntry e = ((FaqResult.Answered) k.result()).entry();
            if (said.contains(e.id())) continue;
            said.add(e.id());
            d.block(e.answer() + (e.link() == null ? "" : " " + e.link()));
            d.emit(new ConversationEvent.DigressionAnswered(d.at, e.id()));
            d.outcome = new Outcome.Digressed(e.id());
        }
    }

    /** Asks the next missing question, or moves on to the answer and the call to action. */
    private void advance(Draft d) {
        Question next = kit.nextQuestion(d);
        if (next != null) kit.ask(d, next, 0);
        else finish.answer(d);
    }

    /** A question about the offer and nothing else: answered from the FAQ, then the conversation resumes. */
    private boolean digression(Draft d, DialogueAct.AskKnowledge k, String text, Intake.Filled filled) {
        FaqResult r = k.result();
        if (r instanceof FaqResult.Answered) {
            intake.sayFilled(d, filled);
            sayKnowledge(d, List.of(k));
            resume(d);
            return true;
        }
        if (r instanceof FaqResult.Clarify c) {
            intake.sayFilled(d, filled);
            d.say(c.question());
            return true;
        }
        if (r instanceof FaqResult.NotFound && !intake.pendingIsText(d)) {
            // an in-scope question the FAQ cannot answer: said honestly and kept for the team to enrich the FAQ
            d.recordUnanswered(filled.any() ? k.query() : text);
            d.say(kit.pick(d, "faq_unanswered"));
            resume(d);
            return true;
        }
        return false;
    }

    /** After a digression, the conversation goes back to where it was. */
    private void resume(Draft d) {
        d.paragraph(kit.pick(d, "resume"));
        if (d.stage == Stage.INTAKE) advance(d);
        else reprompt(d);
    }

    private TurnResult answerStage(Draft d, Acts acts, Analysis a, String text) {
        Intake.Filled filled = intake.apply(d, acts);
        intake.sayFilled(d, filled);
        boolean yes = acts.has(DialogueAct.Affirm.class) || text.equalsIgnoreCase(kit.pick(d, "btn_resolved_yes"));
        boolean no = acts.has(DialogueAct.Deny.class) || text.equalsIgnoreCase(kit.pick(d, "btn_resolved_no"));
        if (filled.any()) {
            finish.askResolved(d); // a correction ("actually we're on Business") is not an answer to "did it help?"
        } else if (yes && !no) {
            d.resolved = true;
            finish.startCta(d);
        } else if (no) {
            d.resolved = false;
            finish.startCta(d);
        } else if (acts.has(DialogueAct.AskKnowledge.class) && digression(d, acts.first(DialogueAct.AskKnowledge.class), text, filled)) {
            return d.result();
        } else if (acts.has(DialogueAct.Goodbye.class) || a.has(Signal.THANKS)) {
            return goodbye(d);
        } else {
            // Neither yes nor no (contact details, more details of the problem): the client is still stuck,
            // so the team takes over; contact details given here are kept and not asked again.
            read.collectContact(d, a, text);
            d.resolved = false;
            finish.startCta(d);
        }
        return d.result();
    }

    private TurnResult cta(Draft d, Acts acts, Analysis a, String text) {
        Intake.Filled filled = intake.apply(d, acts);
        // a reaction ("dès que possible": we'll be quick) shows the message was understood: no "sorry?" after it
        boolean reacted = !d.reactions.isEmpty();
        intake.sayFilled(d, filled);
        boolean collected = read.collectContact(d, a, text);
        boolean yes = acts.has(DialogueAct.Affirm.class), no = acts.has(DialogueAct.Deny.class);
        List<DialogueAct.AskKnowledge> answered = acts.answeredKnowledge();
        CtaProgress c = d.cta;
        if ("declined".equals(c.status())) {
            if (yes || text.equalsIgnoreCase(kit.pick(d, "btn_changed_mind"))) {
                d.cta = new CtaProgress(c.type(), "proposed", c.ruleIndex(), c.missing(), c.details(), 0);
                d.emit(new ConversationEvent.CtaProposed(d.at, c.type()));
                finish.promptCta(d, true);
            } else if (acts.has(DialogueAct.Goodbye.class) || a.has(Signal.THANKS) || no) {
                return goodbye(d);
            } else if (!acts.has(DialogueAct.AskKnowledge.class) || !digression(d, acts.first(DialogueAct.AskKnowledge.class), text, filled)) {
                afterDecline(d);
            }
            return d.result();
        }
        if (!answered.isEmpty()) sayKnowledge(d, answered);
        if (d.cta.missing().isEmpty() && (collected || yes) && !no) {
            finish.accept(d);
            return d.result();
        }
        if (!collected && (no || text.equalsIgnoreCase(kit.pick(d, "btn_decline")))) {
            finish.decline(d);
            return d.result();
        }
        if (!collected && answered.isEmpty() && acts.has(DialogueAct.AskKnowledge.class)
                && digression(d, acts.first(DialogueAct.AskKnowledge.class), text, filled)) {
            return d.result();
        }
        if (!collected && (acts.has(DialogueAct.Goodbye.class) || Reading.smallTalk(a, text) && a.has(Signal.THANKS))) {
            // "merci au revoir" while the name is asked: the e-mail or phone already given is enough to follow up
            if (reachable(d)) finish.accept(d);
            else goodbye(d);
            return d.result();
        }
        if (!collected && acts.has(DialogueAct.Hesitate.class) && !filled.any()) {
            d.flag("hesitant");
            d.say(kit.pick(d, "cta_hesitant"));
            finish.promptCta(d, true);
            return d.result();
        }
        if (!collected && !filled.any() && !reacted && answered.isEmpty()) return invalidContact(d, text);
        finish.promptCta(d, true);
        return d.result();
    }

    /** The team can follow up: the e-mail or phone the call to action collects was given. */
    private boolean reachable(Draft d) {
        return kit.bot.ctaRules().get(d.cta.ruleIndex()).collect().stream()
                .anyMatch(f -> (f == io.comptoir.bot.CtaRule.ContactField.EMAIL || f == io.comptoir.bot.CtaRule.ContactField.PHONE)
                        && Finish.value(d.contact, f) != null);
    }

    /** A contact detail that does not check out: ask again politely, and after three tries stop insisting. */
    private TurnResult invalidContact(Draft d, String text) {
        CtaProgress c = d.cta;
        int tries = c.invalidAttempts() + 1;
        d.cta = new CtaProgress(c.type(), c.status(), c.ruleIndex(), c.missing(), c.details(), tries);
        if (tries >= 3) {
            d.say(kit.pick(d, "contact_give_up"));
            finish.decline(d);
            return d.result();
        }
        String field = c.missing().isEmpty() ? "confirm" : c.missing().get(0).name().toLowerCase(java.util.Locale.ROOT);
        d.say(kit.pick(d, "invalid_" + field));
        finish.promptCta(d, false);
        d.outcome = new Outcome.NotUnderstood();
        return d.result();
    }

    /** Immediate hand-off: the call to action for a person (callback or ticket), collecting what it needs. */
    private TurnResult human(Draft d, Acts acts, Analysis a, String text) {
        d.flag("human_requested");
        d.emit(new ConversationEvent.HumanRequested(d.at));
        intake.sayFilled(d, intake.apply(d, acts));
        read.collectContact(d, a, text);
        d.say(kit.pick(d, d.flags.contains("complaint") ? "human_ack_complaint" : "human_ack"));
        finish.startCta(d);
        if (!d.ended()) d.outcome = new Outcome.HandedOff();
        return d.result();
    }

    private TurnResult outOfScope(Draft d, boolean injection) {
        d.flag("out_of_scope");
        d.outOfScopeCount++;
        d.emit(new ConversationEvent.OutOfScope(d.at));
        d.say(kit.pick(d, injection ? "injection" : "out_of_scope", "offer", kit.bot.offer()));
        d.say(kit.pick(d, "way_out"));
        reprompt(d);
        if (!d.buttons.contains(kit.pick(d, "btn_human"))) d.buttons.add(kit.pick(d, "btn_human"));
        d.outcome = new Outcome.OutOfScope();
        return d.result();
    }

    /** After a declined call to action the bot stays available, with a one-tap way back. */
    private void afterDecline(Draft d) {
        d.say(kit.pick(d, "after_decline"));
        d.buttons.clear();
        d.buttons.add(kit.pick(d, "btn_changed_mind"));
    }

    private TurnResult goodbye(Draft d) {
        finish.end(d, d.stage == Stage.INTAKE ? EndReason.ABANDONED : EndReason.COMPLETED);
        return d.result();
    }

    private TurnResult empty(Draft d, String text) {
        d.say(kit.pick(d, "empty"));
        Question q = kit.pendingQuestion(d);
        if (q != null && d.stage == Stage.INTAKE) {
            if (!intake.unclear(d, q, Analysis.empty(kit.bot.language(), text), text)) advance(d);
        } else reprompt(d);
        if (!(d.outcome instanceof Outcome.Ended)) d.outcome = new Outcome.NotUnderstood();
        return d.result();
    }

    /** Says again what the bot is waiting for, so that every reply ends with a clear next step. */
    private void reprompt(Draft d) {
        if (d.ended()) return;
        if (Finish.RESOLVED.equals(d.pending)) finish.askResolved(d);
        else if (d.cta != null && d.stage == Stage.CTA && !"declined".equals(d.cta.status())) finish.promptCta(d, true);
        else if (d.cta != null && d.stage == Stage.CTA) {
            afterDecline(d);
        } else {
            Question q = kit.pendingQuestion(d);
            if (q != null) kit.ask(d, q, 0);
            else advance(d);
        }
    }

}
