package io.comptoir.note;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.engine.Answer;
import io.comptoir.engine.Change;
import io.comptoir.engine.Contact;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.CtaProgress;
import io.comptoir.engine.Formats;
import io.comptoir.engine.Objection;
import io.comptoir.engine.Scorer;
import io.comptoir.engine.Texts;
import io.comptoir.understanding.Entity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the internal note from a conversation state. Pure: the same state gives the same note. */
public final class CrmNotes {
    private CrmNotes() {}

    public static CrmNote of(BotDefinition bot, ConversationState s) {
        Texts t = Texts.of(bot.language(), "note/note.yaml");
        Formats fmt = Formats.of(bot.language());
        List<CrmNote.AnswerEntry> answers = new ArrayList<>();
        for (Question q : bot.questions()) s.answer(q.id()).ifPresent(a -> answers.add(new CrmNote.AnswerEntry(q.id(), a)));
        Scorer.Qualification qual = Scorer.qualify(bot, s);
        CrmNote.Indicators indicators = indicators(bot, s);
        CrmNote.Cta cta = cta(bot, s);
        String need = need(bot, s);
        String summary = summary(bot, s, t, fmt, qual, indicators, cta);
        CrmNote note = new CrmNote(s.conversationId(), bot.id(), bot.language().code(), s.startedAt(), s.endedAt(), s.contact(),
                answers, need, summary, indicators, new CrmNote.Qualification(qual.score(), qual.status()),
                s.recommendation(), cta, nextAction(bot, s, t, cta), s.flags(), s.changes(),
                s.unanswered(), null);
        return note.withWords(NoteWords.of(bot, note));
    }

    private static CrmNote.Indicators indicators(BotDefinition bot, ConversationState s) {
        Map<String, String> evidence = new LinkedHashMap<>();
        String urgency = Scorer.urgency(bot, s);
        if (s.indicators().urgencyQuote() != null) evidence.put("urgency", s.indicators().urgencyQuote());
        else if (s.answers().get("urgency") instanceof Answer.Choice c) evidence.put("urgency", c.quote());
        else dateQuestion(bot, s).ifPresent(q -> evidence.put("urgency", q));
        Entity.Money budget = null;
        for (Question q : bot.questions()) {
            if (q.type() == SlotType.MONEY && s.answers().get(q.id()) instanceof Answer.Money m) {
                budget = m.money();
                evidence.put("budget", m.quote());
                break;
            }
        }
        if (s.indicators().decisionQuote() != null) evidence.put("decision_maker", s.indicators().decisionQuote());
        return new CrmNote.Indicators(urgency, budget, s.indicators().decisionMaker(), s.indicators().objections(), evidence);
    }

    private static java.util.Optional<String> dateQuestion(BotDefinition bot, ConversationState s) {
        return bot.questions().stream().filter(q -> q.type() == SlotType.DATE)
                .map(q -> s.answers().get(q.id())).filter(a -> a instanceof Answer.Date).map(Answer::quote).findFirst();
    }

    private static CrmNote.Cta cta(BotDefinition bot, ConversationState s) {
        CtaProgress c = s.cta();
        if (c == null) return new CrmNote.Cta(CtaType.NONE.yamlName(), null, Map.of());
        if ("proposed".equals(c.status()) && reachable(bot, c, s.contact())) {
            // The client gave the e-mail (or phone) the call to action is delivered through, then left before the
            // rest (a name): for the team the offer is taken, and the note says so with what was given.
            Map<String, String> details = new LinkedHashMap<>(c.details());
            putIfPresent(details, "email", s.contact().email());
            putIfPresent(details, "phone", s.contact().phone());
            putIfPresent(details, "name", s.contact().name());
            return new CrmNote.Cta(c.type().yamlName(), "accepted", details);
        }
        return new CrmNote.Cta(c.type().yamlName(), c.type() == CtaType.NONE ? null : c.status(), c.details());
    }

    /**
     * Whether the contact the call to action goes through is known: its first e-mail or phone to collect, given
     * in answer to the offer or earlier. Only bookings, callbacks and tickets are delivered through a contact.
     */
    private static boolean reachable(BotDefinition bot, CtaProgress c, Contact contact) {
        if (c.type() != CtaType.BOOKING && c.type() != CtaType.CALLBACK && c.type() != CtaType.TICKET) return false;
        if (c.ruleIndex() < 0 || c.ruleIndex() >= bot.ctaRules().size()) return false;
        for (CtaRule.ContactField f : bot.ctaRules().get(c.ruleIndex()).collect()) {
            if (f == CtaRule.ContactField.EMAIL) return contact.email() != null;
            if (f == CtaRule.ContactField.PHONE) return contact.phone() != null;
        }
        return false;
    }

    private static void putIfPresent(Map<String, String> m, String key, String value) {
        if (value != null) m.putIfAbsent(key, value);
    }

    /** The need in the client's own words: the problem they described, else how they named the need. */
    private static String need(BotDefinition bot, ConversationState s) {
        for (Question q : bot.questions()) {
            if (q.type() == SlotType.TEXT && s.answers().get(q.id()) instanceof Answer.Text txt) return txt.value();
        }
        Answer a = s.answers().get(Scorer.needQuestion(bot).id());
        if (a instanceof Answer.Choice c) return c.label() + " — " + c.quote();
        return a == null || !a.known() ? null : a.quote();
    }

    /**
     * 2–5 sentences a salesperson reads at a glance: who wants what (in their words), the facts under the team's
     * question labels, how qualified the lead is, and where the next step stands; then objections and changes.
     */
    private static String summary(BotDefinition bot, ConversationState s, Texts t, Formats fmt,
                                  Scorer.Qualification qual, CrmNote.Indicators ind, CrmNote.Cta cta) {
        List<String> sentences = new ArrayList<>();
        String who = s.contact().name() != null ? s.contact().name()
                : s.contact().email() != null ? s.contact().email() : Formats.phone(s.contact().phone());
        Question needQ = Scorer.needQuestion(bot);
        Answer needAnswer = s.answers().get(needQ.id());
        if (needAnswer instanceof Answer.Choice c) {
            sentences.add(t.pick(who == null ? "need_sentence" : "need_sentence_named", 0, "who", who, "need", Formats.lowerFirst(c.label()),
                    "quote", Formats.shorten(c.quote(), 120)));
        } else if (s.hasFlag("out_of_scope") && "out_of_scope".equals(qual.status())) sentences.add(t.pick("out_of_scope_sentence", 0));
        else sentences.add(t.pick("need_unknown", 0));
        List<String> facts = new ArrayList<>();
        for (Question q : bot.questions()) {
            Answer a = s.answers().get(q.id());
            if (a == null || !a.known() || q.id().equals(needQ.id()) || decisionQuestion(q)) continue;
            if (needAnswer != null && a instanceof Answer.Text tx && tx.value().equals(needAnswer.quote())) continue; // said once
            String v = a instanceof Answer.Text tx ? t.pick("quoted", 0, "text", Formats.shorten(tx.value(), 100)) : fmt.value(a);
            facts.add(t.pick("fact", 0, "label", facts.isEmpty() ? q.title() : Formats.lowerFirst(q.title()), "value", v));
        }
        if (!facts.isEmpty()) sentences.add(t.pick("facts_sentence", 0, "facts", String.join(t.pick("separator", 0), facts)));
        if (isSupport(bot)) sentences.add(t.pick("support_sentence", 0, "urgency", t.pick("urgency_" + ind.urgency(), 0),
                "resolution", t.pick(resolution(s), 0)));
        else sentences.add(t.pick("indicators_sentence", 0, "dm", t.pick("dm_" + ind.decisionMaker(), 0),
                "urgency", t.pick("urgency_" + ind.urgency(), 0), "status", t.pick("qualification_" + qual.status(), 0, "score", String.valueOf(qual.score()))));
        if (cta.status() != null) sentences.add(t.pick("cta_sentence", 0, "cta", t.pick("cta_" + cta.type(), 0),
                "status", t.pick("status_" + cta.status(), 0)));
        else sentences.add(t.pick("cta_none_sentence", 0));
        List<String> extra = new ArrayList<>();
        if (!ind.objections().isEmpty()) {
            List<String> obj = ind.objections().stream()
                    .map(o -> t.pick("objection_" + o.type(), 0) + " (" + t.pick("quoted", 0, "text", Formats.shorten(o.quote(), 80)) + ")").toList();
            extra.add(t.pick("objections_sentence", 0, "objections", String.join(", ", obj)));
        }
        if (!s.changes().isEmpty()) {
            List<String> ch = s.changes().stream().map(c -> Formats.lowerFirst(title(bot, c.field())) + " "
                    + fmt.value(c.from()) + " → " + fmt.value(c.to())).toList();
            extra.add(t.pick("changes_sentence", 0, "changes", String.join(", ", ch)));
        }
        if (!extra.isEmpty()) sentences.add(Formats.upperFirst(String.join(t.pick("separator", 0), extra)) + ".");
        return String.join(" ", sentences.subList(0, Math.min(5, sentences.size())));
    }

    /** The yes/no decision question is told by the decision-maker indicator; no need to say it twice. */
    private static boolean decisionQuestion(Question q) {
        return q.type() == SlotType.YES_NO && q.id().toLowerCase(java.util.Locale.ROOT).contains("decision");
    }

    /** The team's name for a question id (its label, else the readable id). */
    public static String title(BotDefinition bot, String questionId) {
        return bot.questions().stream().filter(q -> q.id().equals(questionId)).findFirst().map(Question::title)
                .orElse(questionId);
    }

    /**
     * A support bot is one whose cta rules depend on whether the answer solved the problem ({@code resolved:}):
     * its notes speak of the request and its resolution, not of leads and decision-makers.
     */
    static boolean isSupport(BotDefinition bot) {
        return bot.ctaRules().stream().anyMatch(r -> r.when() != null && r.when().resolved() != null);
    }

    private static String resolution(ConversationState s) {
        if (Boolean.TRUE.equals(s.resolved())) return "resolution_solved";
        if (Boolean.FALSE.equals(s.resolved())) return s.faqAnswered().isEmpty() ? "resolution_no_answer" : "resolution_not_solved";
        return s.faqAnswered().isEmpty() ? "resolution_no_answer" : "resolution_unconfirmed";
    }

    private static CrmNote.NextAction nextAction(BotDefinition bot, ConversationState s, Texts t, CrmNote.Cta cta) {
        LocalDate day = LocalDate.ofInstant(s.endedAt() != null ? s.endedAt() : s.lastAt(), ZoneOffset.UTC);
        boolean support = isSupport(bot);
        String owner = support ? "support" : "sales";
        int days = "high".equals(Scorer.urgency(bot, s)) ? 0 : 1;
        String name = s.contact().name() == null ? "" : s.contact().name();
        if ("accepted".equals(cta.status())) {
            String action = t.pick("action_" + cta.type() + "_accepted", 0, "email", s.contact().email(),
                    "phone", Formats.phone(s.contact().phone()), "name", name).replace("  ", " ");
            if (cta.type().equals("ticket")) owner = "support";
            return new CrmNote.NextAction(action, owner, businessDay(day.plusDays(cta.type().equals("purchase") ? 3 : days)));
        }
        if (Boolean.TRUE.equals(s.resolved())) return new CrmNote.NextAction(t.pick("action_resolved", 0), "none", null);
        if ("proposed".equals(cta.status()) && (s.contact().email() != null || s.contact().phone() != null)) {
            return new CrmNote.NextAction(t.pick("action_follow_up", 0), owner, businessDay(day.plusDays(1)));
        }
        if ("declined".equals(cta.status())) return new CrmNote.NextAction(t.pick("action_declined", 0), "none", null);
        if (support && s.resolved() == null && !s.faqAnswered().isEmpty()) {
            // an answer was given but the client never said whether it helped: support checks when it can
            boolean reachable = s.contact().email() != null || s.contact().phone() != null;
            return reachable
                    ? new CrmNote.NextAction(t.pick("action_unconfirmed", 0), "support", businessDay(day.plusDays(days)))
                    : new CrmNote.NextAction(t.pick("action_unconfirmed_unreachable", 0), "none", null);
        }
        if (s.hasFlag("out_of_scope") && s.answers().values().stream().noneMatch(Answer::known)) {
            return new CrmNote.NextAction(t.pick("action_out_of_scope", 0), "none", null);
        }
        return new CrmNote.NextAction(t.pick("action_none", 0), "none", null);
    }

    /** Follow-ups fall on a working day. */
    private static LocalDate businessDay(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) return d.plusDays(2);
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) return d.plusDays(1);
        return d;
    }

    /** Convenience for renderers: a change's values in words. */
    static String describe(Formats fmt, Change c) { return fmt.value(c.from()) + " → " + fmt.value(c.to()); }

    static String objection(Objection o) { return o.type() + " : « " + o.quote() + " »"; }
}
