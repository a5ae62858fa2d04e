package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CtaRule;
import io.comptoir.bot.Question;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Signal;
import io.comptoir.understanding.UnderstandingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The five-stage conversation (welcome, intake, answer, call to action, closed) of one bot, as a pure function
 * of (state, client turn). Cross-cutting moves (a request for a person, an attempt to read internal content, an
 * out-of-scope request, a goodbye) are handled first, whatever the stage, then the stage's own step.
 */
final class DefaultConversationEngine implements ConversationEngine {
    /** Longer messages are read up to this length: enough for any real answer, bounded cost for junk. */
    static final int MAX_READ = 2000;
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Map<String, String> OBJECTIONS = Map.of("OBJECTION_PRICE", "price",
            "OBJECTION_TIMING", "timing", "OBJECTION_COMPETITOR", "competitor", "OBJECTION_NEED", "need",
            "OBJECTION_TRUST", "trust");
    private final Kit kit;
    private final Intake intake;
    private final Finish finish;

    DefaultConversationEngine(BotDefinition bot, EnginePorts ports) {
        this.kit = new Kit(bot, ports);
        this.intake = new Intake(kit);
        this.finish = new Finish(kit);
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
        String text = clean(turn.text());
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) return empty(d, text);
        Analysis a = analyze(text, turn.at());
        readIndicators(d, a, text);
        if (isInjection(text)) return outOfScope(d, true);
        if (a.has(Signal.HUMAN_REQUEST) || text.equalsIgnoreCase(kit.pick(d, "btn_human"))) return human(d, a, text);
        return switch (d.stage) {
            case CTA -> cta(d, a, text);
            case ANSWER -> answerStage(d, a, text);
            default -> intakeStep(d, a, text);
        };
    }

    private TurnResult intakeStep(Draft d, Analysis a, String text) {
        Question asked = kit.pendingQuestion(d);
        boolean question = isQuestion(text);
        // a word or two in reply to a question is an attempt to answer it (unclear at worst), not a new topic
        boolean inScope = answerLike(a) || (asked != null && words(text) <= 2 && !question)
                || kit.ports.scope().inScope(text, a);
        keepContact(d, a);
        Intake.Filled filled = intake.fill(d, a, text, question, !inScope);
        boolean answeredAsked = asked != null && d.filledThisTurn.contains(asked.id());
        if (inScope && question && !answeredAsked && !intake.pendingIsText(d)) {
            if (digression(d, a, text, filled)) return d.result();
        }
        if (!filled.any() && !inScope) return outOfScope(d, false);
        if (!filled.any() && a.has(Signal.GOODBYE)) return goodbye(d);
        intake.sayFilled(d, filled);
        if (asked != null && !answeredAsked && !filled.any()) {
            if (smallTalk(a, text)) {
                d.say(kit.pick(d, a.has(Signal.THANKS) ? "thanks_back" : "greeting_back"));
                kit.ask(d, asked, 0);
                return d.result();
            }
            if (intake.unclear(d, asked, a, text)) return d.result();
        }
        advance(d);
        return d.result();
    }

    /** Asks the next missing question, or moves on to the answer and the call to action. */
    private void advance(Draft d) {
        Question next = kit.nextQuestion(d);
        if (next != null) kit.ask(d, next, 0);
        else finish.answer(d);
    }

    /** A question about the offer: answered from the FAQ, then the conversation resumes where it was. */
    private boolean digression(Draft d, Analysis a, String text, Intake.Filled filled) {
        FaqResult r = kit.ports.faq().ask(text);
        if (r instanceof FaqResult.Answered ans) {
            intake.sayFilled(d, filled);
            d.block(ans.entry().answer() + (ans.entry().link() == null ? "" : " " + ans.entry().link()));
            d.emit(new ConversationEvent.DigressionAnswered(d.at, ans.entry().id()));
            d.outcome = new Outcome.Digressed(ans.entry().id());
            d.paragraph(kit.pick(d, "resume"));
            if (d.stage == Stage.INTAKE) advance(d);
            else reprompt(d);
            return true;
        }
        if (r instanceof FaqResult.Clarify c && isQuestion(text)) {
            intake.sayFilled(d, filled);
            d.say(c.question());
            return true;
        }
        return false;
    }

    private TurnResult answerStage(Draft d, Analysis a, String text) {
        Intake.Filled filled = intake.fill(d, a, text, isQuestion(text));
        intake.sayFilled(d, filled);
        boolean yes = a.has(Signal.AFFIRM) || text.equalsIgnoreCase(kit.pick(d, "btn_resolved_yes"));
        boolean no = a.has(Signal.DENY) || text.equalsIgnoreCase(kit.pick(d, "btn_resolved_no"));
        if (filled.any()) {
            finish.askResolved(d); // a correction ("actually we're on Business") is not an answer to "did it help?"
        } else if (yes && !no) {
            d.resolved = true;
            finish.startCta(d);
        } else if (no) {
            d.resolved = false;
            finish.startCta(d);
        } else if (isQuestion(text) && digression(d, a, text, new Intake.Filled(List.of(), List.of()))) {
            return d.result();
        } else if (a.has(Signal.GOODBYE)) {
            return goodbye(d);
        } else {
            finish.askResolved(d);
        }
        return d.result();
    }

    private TurnResult cta(Draft d, Analysis a, String text) {
        Intake.Filled filled = intake.fill(d, a, text, isQuestion(text));
        intake.sayFilled(d, filled);
        boolean collected = collectContact(d, a, text);
        CtaProgress c = d.cta;
        if ("declined".equals(c.status())) {
            if (a.has(Signal.AFFIRM) || text.equalsIgnoreCase(kit.pick(d, "btn_changed_mind"))) {
                d.cta = new CtaProgress(c.type(), "proposed", c.ruleIndex(), c.missing(), c.details(), 0);
                d.emit(new ConversationEvent.CtaProposed(d.at, c.type()));
                finish.promptCta(d, true);
            } else if (a.has(Signal.GOODBYE) || a.has(Signal.THANKS) || a.has(Signal.DENY)) {
                return goodbye(d);
            } else if (!digression(d, a, text, filled)) {
                afterDecline(d);
            }
            return d.result();
        }
        if (c.missing().isEmpty() && (collected || a.has(Signal.AFFIRM)) && !a.has(Signal.DENY)) {
            finish.accept(d);
            return d.result();
        }
        if (!collected && (a.has(Signal.DENY) || text.equalsIgnoreCase(kit.pick(d, "btn_decline")))) {
            finish.decline(d);
            return d.result();
        }
        if (!collected && isQuestion(text) && digression(d, a, text, new Intake.Filled(List.of(), List.of()))) {
            return d.result();
        }
        if (!collected && a.has(Signal.GOODBYE)) return goodbye(d);
        if (!collected && !filled.any()) return invalidContact(d, text);
        finish.promptCta(d, true);
        return d.result();
    }

    /** An e-mail or phone number given before the call to action is kept for it (never asked twice). */
    private static void keepContact(Draft d, Analysis a) {
        a.first(Entity.Email.class).ifPresent(e -> d.contact = d.contact.withEmail(e.value()));
        a.first(Entity.Phone.class).ifPresent(p -> d.contact = d.contact.withPhone(p.value()));
    }

    /** Takes every contact detail the message gives; the pending name or company accepts a short plain answer. */
    private boolean collectContact(Draft d, Analysis a, String text) {
        Contact before = d.contact;
        a.first(Entity.Email.class).ifPresent(e -> d.contact = d.contact.withEmail(e.value()));
        a.first(Entity.Phone.class).ifPresent(p -> d.contact = d.contact.withPhone(p.value()));
        if (d.cta != null && Kit.isContact(d.pending) && before.equals(d.contact)) {
            String field = d.pending.substring("contact:".length());
            String plain = plainName(text);
            if (plain != null && field.equals("NAME")) d.contact = d.contact.withName(plain);
            if (plain != null && field.equals("COMPANY")) d.contact = d.contact.withCompany(plain);
        }
        if (d.cta != null) {
            List<CtaRule.ContactField> missing = new ArrayList<>();
            for (CtaRule.ContactField f : d.cta.missing()) if (Finish.value(d.contact, f) == null) missing.add(f);
            CtaProgress c = d.cta;
            d.cta = new CtaProgress(c.type(), c.status(), c.ruleIndex(), missing, c.details(), c.invalidAttempts());
        }
        return !before.equals(d.contact);
    }

    private String plainName(String text) {
        String t = text.trim();
        for (String prefix : kit.texts.list("name_prefixes")) {
            if (Texts.fold(t).startsWith(prefix)) t = t.substring(prefix.length()).trim();
        }
        t = t.replaceAll("[.!]+$", "").trim();
        long words = words(t);
        return words >= 1 && words <= 6 && t.length() <= 80 && t.codePoints().anyMatch(Character::isLetter)
                && !isQuestion(t) ? t : null;
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
    private TurnResult human(Draft d, Analysis a, String text) {
        d.flag("human_requested");
        d.emit(new ConversationEvent.HumanRequested(d.at));
        intake.sayFilled(d, intake.fill(d, a, text, false));
        collectContact(d, a, text);
        d.say(kit.pick(d, "human_ack"));
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

    private void readIndicators(Draft d, Analysis a, String text) {
        String quote = Formats.shorten(text, 200);
        Indicators i = d.indicators;
        String urgency = i.urgency(), urgencyQuote = i.urgencyQuote(), dm = i.decisionMaker(), dmQuote = i.decisionQuote();
        if (a.has(Signal.URGENT)) {
            if (!"high".equals(urgency)) d.reactions.add("react_urgent");
            urgency = "high";
            urgencyQuote = quote;
        }
        if (a.has(Signal.NOT_DECISION_MAKER)) { dm = "no"; dmQuote = quote; }
        else if (a.has(Signal.DECISION_MAKER)) { dm = "yes"; dmQuote = quote; }
        List<Objection> objections = new ArrayList<>(i.objections());
        for (Signal s : Signal.values()) {
            String type = OBJECTIONS.get(s.name());
            if (type != null && a.has(s) && objections.stream().noneMatch(o -> o.type().equals(type) && o.quote().equals(quote))) {
                objections.add(new Objection(type, quote));
                d.reactions.add("react_objection_" + type);
            }
        }
        if (a.has(Signal.HESITATION)) d.flag("hesitant");
        d.indicators = new Indicators(urgency, urgencyQuote, dm, dmQuote, objections);
    }

    private Analysis analyze(String text, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        String region = kit.bot.phoneRegion() == null ? kit.bot.language().defaultRegion() : kit.bot.phoneRegion();
        return kit.ports.understander().analyze(text, new UnderstandingContext(kit.bot.language(), today, region));
    }

    /** Control characters become spaces; very long messages are read up to {@link #MAX_READ} characters. */
    static String clean(String raw) {
        if (raw == null) return "";
        String t = raw.length() > MAX_READ * 2 ? raw.substring(0, MAX_READ * 2) : raw;
        t = SPACES.matcher(CONTROL.matcher(t).replaceAll(" ")).replaceAll(" ").trim();
        if (t.length() > MAX_READ) {
            int cut = t.lastIndexOf(' ', MAX_READ);
            t = t.substring(0, cut > MAX_READ / 2 ? cut : MAX_READ);
        }
        return t;
    }

    private boolean isQuestion(String text) {
        if (text.contains("?")) return true;
        String f = Texts.fold(text);
        return kit.texts.list("interrogatives").stream().anyMatch(w -> f.startsWith(w + " ") || f.equals(w));
    }

    private boolean isInjection(String text) {
        String f = Texts.fold(text);
        return kit.texts.list("injection_markers").stream().anyMatch(f::contains);
    }

    /** "bof", "oui", "non", "aucune idée": an answer to the question asked (vague or not), never off-topic. */
    private static boolean answerLike(Analysis a) {
        return a.has(Signal.HESITATION) || a.has(Signal.AFFIRM) || a.has(Signal.DENY);
    }

    private static boolean smallTalk(Analysis a, String text) {
        return (a.has(Signal.GREETING) || a.has(Signal.THANKS)) && !a.has(Signal.HESITATION) && words(text) <= 4;
    }

    /** Counts words without a regex (this runs on every message). */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }
}
