package io.comptoir.botfolder;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.engine.Answer;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.DialogueAct;
import io.comptoir.engine.Engines;
import io.comptoir.engine.Stage;
import io.comptoir.engine.UserTurn;
import io.comptoir.understanding.TextMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the author's own texts to the bot, as a client would, while the question they belong to is asked: every
 * example and every option label must be read as an answer to that question (a label is a button, an example
 * becomes one for a hesitant client, so one the bot cannot read is a click that is not understood), every synonym
 * as its option, and the typical answers to a question must not also choose an option of another question ("au
 * mois" in a budget "par mois"). The findings name the line of the text to change.
 */
final class ReadingLint {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final LintContext cx;
    private final ConversationEngine engine;
    private final TextMatcher matcher;
    /** "question/option" of the options the bot can never choose (label and synonyms all unread). */
    private final Set<String> unreachable = new HashSet<>();

    ReadingLint(LintContext cx) {
        this.cx = cx;
        this.engine = Engines.create(cx.bot, cx.ports);
        this.matcher = cx.ports.matcher();
    }

    /** Runs every check; returns the options that no client message can choose, for the condition check. */
    Set<String> run() {
        for (Question q : cx.bot.questions()) {
            for (int i = 0; i < q.examples().size(); i++) example(q, i);
            for (Question.ChoiceOption o : q.options()) option(q, o);
        }
        for (Question q : cx.bot.questions()) typicalAnswers(q);
        return Set.copyOf(unreachable);
    }

    private void example(Question q, int i) {
        String text = q.examples().get(i);
        List<DialogueAct> acts = read(q, text);
        if (setSlot(acts, q.id()).isPresent()) return;
        boolean choice = q.type() == SlotType.CHOICE;
        cx.warning(cx.lines.question(q.id(), "examples", i), "the example " + LintContext.quote(text) + " of question '"
                + q.id() + "' is not read as an answer to it (the bot reads: " + describe(acts) + "); "
                + (choice ? "a hesitant client is shown it as an example of what to say" : "a hesitant client gets it "
                + "as a button to click") + ", so reword it the way a client would answer (" + (choice
                ? "naming one option, or add a synonym to the option it illustrates" : typeHint(q.type()))
                + "), or remove it; try it with `comptoir chat DIR --internal`");
    }

    private void option(Question q, Question.ChoiceOption o) {
        boolean reached = phrase(q, o, o.label(), -1);
        for (int k = 0; k < o.synonyms().size(); k++) reached |= phrase(q, o, o.synonyms().get(k), k);
        if (!reached) unreachable.add(q.id() + "/" + o.id());
    }

    /** Whether the phrase is read as its option; reports what else it is read as. */
    private boolean phrase(Question q, Question.ChoiceOption o, String text, int synonym) {
        boolean label = synonym < 0;
        int line = label ? cx.lines.option(q.id(), o.id(), "label") : cx.lines.option(q.id(), o.id(), "synonyms", synonym);
        String what = (label ? "the label " : "the synonym ") + LintContext.quote(text) + " of option '" + o.id()
                + "' (question '" + q.id() + "')";
        List<DialogueAct> acts = read(q, text);
        for (DialogueAct a : acts) {
            if (a instanceof DialogueAct.SetSlot s && !s.question().equals(q.id()) && s.value() instanceof Answer.Choice c) {
                cx.warning(line, what + " also answers question '" + s.question() + "' (as '" + c.id() + "'); a client "
                        + "choosing it would answer both: reword it so it names only this option");
            }
        }
        Optional<Answer> read = setSlot(acts, q.id());
        String fix = label ? "; this label is a button, so a client clicking it is misunderstood: reword it, or make "
                + "the other option's synonyms more specific" : "; make it more specific, or remove it";
        if (read.isPresent() && read.get() instanceof Answer.Choice c && c.id().equals(o.id())) return true;
        if (read.isPresent() && read.get() instanceof Answer.Choice c) {
            problem(label, line, what + " is read as option '" + c.id() + "'" + fix);
        } else if (acts.stream().anyMatch(a -> a instanceof DialogueAct.Clarify cl && cl.question().equals(q.id()))) {
            problem(label, line, what + " matches several options, so the bot asks which one is meant (it reads: "
                    + describe(acts) + ")" + fix);
        } else {
            problem(label, line, what + " is not read as that option (the bot reads: " + describe(acts) + ")" + (label
                    ? "; this label is a button, so a client clicking it is not understood: add a synonym the bot "
                    + "reads, or reword the label" : "; reword it the way clients say it, or remove it"));
        }
        return false;
    }

    /** A label that misleads breaks every click on its button: an error; a synonym only some messages: a warning. */
    private void problem(boolean error, int line, String message) {
        if (error) cx.error(line, message);
        else cx.warning(line, message);
    }

    /** The typical answers to a non-choice question must not choose an option of a choice question too. */
    private void typicalAnswers(Question q) {
        if (q.type() == SlotType.CHOICE || q.type() == SlotType.TEXT) return;
        Set<String> reported = new HashSet<>();
        for (String answer : cx.words.list("typical_" + q.type().yamlName())) {
            for (DialogueAct a : read(q, answer)) {
                if (!(a instanceof DialogueAct.SetSlot s) || s.question().equals(q.id())
                        || !(s.value() instanceof Answer.Choice c)) continue;
                Question other = cx.bot.question(s.question()).orElseThrow();
                Question.ChoiceOption o = other.option(c.id()).orElseThrow();
                int k = culprit(o, answer);
                if (!reported.add(other.id() + "/" + o.id() + "/" + k)) continue;
                String phrase = k < 0 ? o.label() : o.synonyms().get(k);
                int line = k < 0 ? cx.lines.option(other.id(), o.id(), "label")
                        : cx.lines.option(other.id(), o.id(), "synonyms", k);
                cx.warning(line, (k < 0 ? "the label " : "the synonym ") + LintContext.quote(phrase) + " of option '"
                        + o.id() + "' (question '" + other.id() + "') matches " + LintContext.quote(answer) + ", a "
                        + "typical answer to question '" + q.id() + "' (" + q.type().yamlName() + "): a client "
                        + "answering '" + q.id() + "' would also be read as choosing '" + o.id() + "'; make it "
                        + "more specific, or remove it");
            }
        }
    }

    /** Which of the option's phrases the text matches: a synonym index, or -1 for the label (or when unsure). */
    private int culprit(Question.ChoiceOption o, String text) {
        for (int k = 0; k < o.synonyms().size(); k++) {
            if (!matcher.matchAll(text, List.of(new TextMatcher.Choice(o.id(), List.of(o.synonyms().get(k)))),
                    cx.bot.language()).isEmpty()) return k;
        }
        return -1;
    }

    /** The acts the bot reads from {@code text} while {@code q} is the question asked (its condition met). */
    private List<DialogueAct> read(Question q, String text) {
        ConversationState s = engine.start("lint", AT).state();
        ConversationState asking = new ConversationState(s.conversationId(), s.botId(), s.startedAt(), s.lastAt(),
                Stage.INTAKE, s.turn(), q.id(), conditionMet(q), s.unclear(), s.changes(), s.flags(), s.indicators(),
                s.contact(), s.recommendation(), s.faqAnswered(), s.cta(), s.resolved(), s.outOfScopeCount(),
                s.endReason(), s.endedAt(), s.unanswered());
        return engine.handle(asking, new UserTurn(text, AT.plusSeconds(60))).acts();
    }

    /** Answers that make the question's condition (and those it depends on) hold. */
    private Map<String, Answer> conditionMet(Question q) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question.Condition c = q.condition(); c != null; ) {
            Question x = cx.bot.question(c.questionId()).orElse(null);
            if (x == null || answers.containsKey(x.id())) break;
            String v = c.values().get(0);
            answers.put(x.id(), x.type() == SlotType.YES_NO ? new Answer.YesNo("yes".equals(v), v)
                    : new Answer.Choice(v, x.option(v).map(Question.ChoiceOption::label).orElse(v), v));
            c = x.condition();
        }
        return answers;
    }

    private static Optional<Answer> setSlot(List<DialogueAct> acts, String question) {
        return acts.stream().filter(a -> a instanceof DialogueAct.SetSlot s && s.question().equals(question))
                .map(a -> ((DialogueAct.SetSlot) a).value()).findFirst();
    }

    /** The acts as an author reads them in `chat --internal`: "set_slot need=conseil", "cannot_handle". */
    static String describe(List<DialogueAct> acts) {
        if (acts.isEmpty()) return "nothing";
        List<String> out = new ArrayList<>();
        for (DialogueAct a : acts) {
            if (a instanceof DialogueAct.SetSlot s) out.add(a.kind() + " " + s.question() + "=" + value(s.value()));
            else if (a instanceof DialogueAct.Clarify c) out.add(a.kind() + " " + c.question() + " " + c.options());
            else out.add(a.kind());
        }
        return String.join(", ", out);
    }

    private static String value(Answer a) {
        if (a instanceof Answer.Choice c) return c.id();
        if (a instanceof Answer.Unknown) return "unknown";
        return a.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String typeHint(SlotType type) {
        return switch (type) {
            case MONEY -> "an amount, e.g. 2000 €";
            case DATE -> "a date or a period";
            case HEADCOUNT -> "a number of people";
            case EMAIL -> "an e-mail address";
            case PHONE -> "a phone number";
            case YES_NO -> "yes or no";
            default -> "a short answer";
        };
    }
}
