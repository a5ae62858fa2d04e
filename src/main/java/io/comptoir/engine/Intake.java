package io.comptoir.engine;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Signal;
import java.util.ArrayList;
import java.util.List;

/** The intake stage: fills every slot a message gives, acknowledges it, re-asks once when unclear, moves on. */
final class Intake {
    private final Kit kit;

    Intake(Kit kit) { this.kit = kit; }

    /** What a message changed: new values (acknowledged together) and corrections (said one by one). */
    record Filled(List<String> acks, List<String> corrections, int count) {
        Filled(List<String> acks, List<String> corrections) { this(acks, corrections, 0); }

        /** Whether the message filled or changed any slot (some values, like yes/no, are not said back). */
        boolean any() { return count > 0 || !acks.isEmpty() || !corrections.isEmpty(); }
    }

    /**
     * Carries out the slot acts of one message (first values, then corrections, as read by {@link MessageReader}):
     * a first value is acknowledged with the others, a correction is said on its own.
     */
    Filled apply(Draft d, Acts all) {
        List<String> acks = new ArrayList<>(), corrections = new ArrayList<>();
        // an answer the bot asks about ("plutôt X ou Y ?") is not said back as settled
        List<String> doubtful = all.all(DialogueAct.Clarify.class).stream().map(DialogueAct.Clarify::question).toList();
        for (DialogueAct act : all.slots()) {
            if (act instanceof DialogueAct.SetSlot s) {
                Question q = kit.bot.question(s.question()).orElseThrow();
                boolean again = d.answers.get(q.id()) != null && d.answers.get(q.id()).known(); // the reply to "X ou Y ?"
                d.answers.put(q.id(), s.value());
                d.filledThisTurn.add(q.id());
                if (!again) d.emit(new ConversationEvent.SlotFilled(d.at, q.id()));
                String ack = doubtful.contains(q.id()) ? null : kit.fmt.acknowledgement(q, s.value());
                if (ack != null) acks.add(ack);
                decision(d, q, s.value(), s.evidence());
            } else if (act instanceof DialogueAct.CorrectSlot c) {
                Question q = kit.bot.question(c.question()).orElseThrow();
                d.answers.put(q.id(), c.to());
                d.changes.add(new Change(q.id(), c.from(), c.to()));
                d.flag("changed_mind");
                d.emit(new ConversationEvent.Correction(d.at, q.id()));
                d.filledThisTurn.add(q.id());
                corrections.add(kit.pick(d, "ack_change", "from", kit.fmt.value(c.from()), "to", kit.fmt.value(c.to())));
                decision(d, q, c.to(), c.evidence());
            }
        }
        return new Filled(acks, corrections, d.filledThisTurn.size());
    }

    private static void decision(Draft d, Question q, Answer v, String quote) {
        if (SlotReader.isDecisionQuestion(q) && v instanceof Answer.YesNo y) {
            Indicators i = d.indicators;
            d.indicators = new Indicators(i.urgency(), i.urgencyQuote(), y.value() ? "yes" : "no", quote, i.objections());
        }
    }

    void sayFilled(Draft d, Filled f) {
        f.corrections().forEach(d::say);
        // an upset client hears a plain "je note", never "Parfait"
        String intro = d.flags.contains("complaint") ? "ack_intro_calm" : "ack_intro";
        if (!f.acks().isEmpty()) d.say(kit.pick(d, intro, "values", kit.fmt.join(f.acks())));
        for (String r : d.reactions) d.say(kit.pick(d, r));
        d.reactions.clear();
    }

    /**
     * An unclear answer to the pending question: the first time, re-ask with the next phrasing, the help text and
     * concrete options; the second time, record it as unknown and move on (the bot never loops).
     *
     * @return true when the question was re-asked (the turn is complete), false when the intake moves on
     */
    boolean unclear(Draft d, Question q, Analysis a, String text) {
        int n = d.unclear.getOrDefault(q.id(), 0) + 1;
        d.unclear.put(q.id(), n);
        d.flag("hesitant");
        if (n == 1) {
            // "livraison à domicile" to the date question is a detail, not a hesitation: thank, don't reassure
            boolean detail = !a.has(io.comptoir.understanding.Signal.HESITATION) && Reading.words(text) >= 2;
            boolean kept = detail && keepDetail(d, text);
            d.say(kit.pick(d, detail ? "reask_intro_detail" : "reask_intro"));
            d.say(q.phrasings().get(1 % q.phrasings().size()));
            // a client describing the problem further needs no help text: the buttons say what is expected
            if (!kept && q.help() != null) d.say(q.help());
            if (!kept && !q.examples().isEmpty()) d.say(kit.pick(d, "examples", "examples", examples(q)));
            d.buttons.clear();
            d.buttons.addAll(kit.buttons(q, true));
            d.emit(new ConversationEvent.ClarificationAsked(d.at, q.id()));
            d.outcome = new Outcome.Reasked(q.id());
            return true;
        }
        if (!a.has(io.comptoir.understanding.Signal.HESITATION) && Reading.words(text) >= 3) keepDetail(d, text);
        d.answers.put(q.id(), new Answer.Unknown(Formats.shorten(text, 200)));
        d.say(kit.pick(d, "unknown_move_on"));
        return false;
    }

    /** Two options named for the question asked: which one, briefly, with those two as quick replies. */
    void clarify(Draft d, Question q, DialogueAct.Clarify c) {
        d.unclear.merge(q.id(), 1, Integer::sum);
        d.pending = q.id();
        List<String> named = c.options().stream().map(Formats::lowerFirst).toList();
        String options = String.join(", ", named.subList(0, named.size() - 1)) + " " + kit.texts.pick("fmt_or", 0) + " " + named.get(named.size() - 1);
        d.say(kit.pick(d, "clarify_choice", "options", options));
        d.buttons.clear();
        d.buttons.addAll(c.options());
        d.emit(new ConversationEvent.ClarificationAsked(d.at, q.id()));
        d.outcome = new Outcome.Reasked(q.id());
    }

    /**
     * A further description of the problem given instead of a choice is kept: appended to the free-text
     * description already given, so the FAQ look-up and the note use the whole story.
     *
     * @return true when the detail was kept
     */
    private boolean keepDetail(Draft d, String text) {
        for (Question other : kit.bot.questions()) {
            if (other.type() == SlotType.TEXT && d.answers.get(other.id()) instanceof Answer.Text t && kit.describes(other)) {
                String more = Formats.upperFirst(text.trim());
                d.answers.put(other.id(), new Answer.Text(t.value() + (t.value().matches(".*[.!?]$") ? " " : ". ") + more,
                        t.quote()));
                return true;
            }
        }
        return false;
    }

    /** Up to three of the author's examples, quoted the way the bot's language quotes. */
    private String examples(Question q) {
        return String.join(", ", q.examples().stream().limit(3).map(e -> kit.texts.pick("fmt_quote", 0, "text", e)).toList());
    }

    /** Whether the intake is waiting for free text, which any message answers (so no digression check). */
    boolean pendingIsText(Draft d) {
        Question q = kit.pendingQuestion(d);
        return q != null && q.type() == SlotType.TEXT && d.stage == Stage.INTAKE;
    }
}
