package io.comptoir.engine;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * Searches the message for every applicable question, in bot order (so that a condition met by this very
     * message is honoured). A new value for a filled slot is a change of mind, except in a question about the
     * offer ("combien coûte un site vitrine ?") which only mentions an option.
     */
    Filled fill(Draft d, Analysis a, String text, boolean question) {
        return fill(d, a, text, question, false);
    }

    /** @param onlyAsked an off-topic message may still answer the question asked, but fills nothing else */
    Filled fill(Draft d, Analysis a, String text, boolean question, boolean onlyAsked) {
        List<String> acks = new ArrayList<>(), corrections = new ArrayList<>();
        Question deferred = null;
        for (Question q : kit.bot.questions()) {
            if (!kit.applicable(q, d)) continue;
            boolean asked = q.id().equals(d.pending) && d.stage == Stage.INTAKE;
            if (onlyAsked && !asked) continue;
            // "en fait non, plutôt un site vitrine": the "non" corrects another answer, it does not answer this one
            if (asked && q.type() == SlotType.YES_NO && a.has(Signal.CORRECTION) && deferred == null) {
                deferred = q;
                continue;
            }
            fillOne(d, q, a, text, question, asked, acks, corrections);
        }
        if (deferred != null && d.filledThisTurn.isEmpty()) fillOne(d, deferred, a, text, question, true, acks, corrections);
        if (!onlyAsked) fillTextFromRichMessage(d, text);
        return new Filled(acks, corrections, d.filledThisTurn.size());
    }

    /** Fills one question from the message: a first value, or a change of mind on a filled one. */
    private void fillOne(Draft d, Question q, Analysis a, String text, boolean question, boolean asked,
                         List<String> acks, List<String> corrections) {
        Answer prev = d.answers.get(q.id());
        Optional<Answer> read = kit.reader.read(q, a, text, asked, prev,
                java.time.LocalDate.ofInstant(d.at, java.time.ZoneOffset.UTC));
        if (read.isEmpty()) return;
        Answer v = withQuote(read.get(), q, text);
        if (prev == null || !prev.known()) {
            d.answers.put(q.id(), v);
            d.filledThisTurn.add(q.id());
            d.emit(new ConversationEvent.SlotFilled(d.at, q.id()));
            String ack = kit.fmt.acknowledgement(q, v);
            if (ack != null) acks.add(ack);
        } else if (!SlotReader.same(prev, v) && (asked || !question || a.has(Signal.CORRECTION))) {
            d.answers.put(q.id(), v);
            d.changes.add(new Change(q.id(), prev, v));
            d.flag("changed_mind");
            d.emit(new ConversationEvent.Correction(d.at, q.id()));
            d.filledThisTurn.add(q.id());
            corrections.add(kit.pick(d, "ack_change", "from", kit.fmt.value(prev), "to", kit.fmt.value(v)));
        } else {
            return;
        }
        if (SlotReader.isDecisionQuestion(q) && v instanceof Answer.YesNo y) {
            Indicators i = d.indicators;
            d.indicators = new Indicators(i.urgency(), i.urgencyQuote(), y.value() ? "yes" : "no", text, i.objections());
        }
    }

    /**
     * A message that already named something and says more ("I can't log in, the reset email never arrives")
     * also answers the next free-text question: the client should not have to describe it twice.
     */
    private void fillTextFromRichMessage(Draft d, String text) {
        if (d.filledThisTurn.isEmpty() || Reading.words(text) < 8) return;
        for (Question q : kit.bot.questions()) {
            if (q.type() == SlotType.TEXT && kit.applicable(q, d) && !d.answers.containsKey(q.id())
                    && !q.id().equals(d.pending)) {
                d.answers.put(q.id(), new Answer.Text(Formats.shorten(text.trim(), 500), text));
                d.filledThisTurn.add(q.id());
                d.emit(new ConversationEvent.SlotFilled(d.at, q.id()));
                return;
            }
        }
    }

    /** Choice answers quote the whole message: it says the need in the client's words. */
    private static Answer withQuote(Answer a, Question q, String text) {
        if (a instanceof Answer.Choice c) return new Answer.Choice(c.id(), c.label(), Formats.shorten(text, 300));
        return a;
    }

    void sayFilled(Draft d, Filled f) {
        f.corrections().forEach(d::say);
        if (!f.acks().isEmpty()) d.say(kit.pick(d, "ack_intro", "values", kit.fmt.join(f.acks())));
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

    /**
     * A further description of the problem given instead of a choice is kept: appended to the free-text
     * description already given, so the FAQ look-up and the note use the whole story.
     *
     * @return true when the detail was kept
     */
    private boolean keepDetail(Draft d, String text) {
        for (Question other : kit.bot.questions()) {
            if (other.type() == SlotType.TEXT && d.answers.get(other.id()) instanceof Answer.Text t) {
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
