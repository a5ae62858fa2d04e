package io.comptoir.engine;

import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.knowledge.RecommendationRequest;
import io.comptoir.knowledge.RecommendationResult;
import io.comptoir.understanding.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The answer stage, the call to action and the end of the conversation (recap and goodbye). */
final class Finish {
    static final String RESOLVED = "resolved?";
    static final String CONFIRM = "cta:confirm";
    private final Kit kit;

    Finish(Kit kit) { this.kit = kit; }

    /** Support bots ask whether the answer solved the problem: they have a cta rule on "resolved". */
    boolean supportBot() {
        return kit.bot.ctaRules().stream().anyMatch(r -> r.when() != null && r.when().resolved() != null);
    }

    /** Intake complete: recommend from the catalog or answer from the FAQ, then propose the call to action. */
    void answer(Draft d) {
        d.pending = null;
        d.enter(Stage.ANSWER);
        if (kit.bot.recommends()) recommend(d);
        else if (supportBot()) {
            if (supportAnswer(d)) return;
        } else information(d);
        startCta(d);
    }

    private void recommend(Draft d) {
        RecommendationResult r = kit.ports.recommender().recommend(request(d));
        if (r.items().isEmpty()) {
            d.block(kit.pick(d, "reco_none"));
            return;
        }
        List<String> lines = new ArrayList<>();
        List<Recommended> recs = new ArrayList<>();
        for (RecommendationResult.Item it : r.items()) {
            lines.add("• " + it.item().name() + " : " + it.clientReason());
            recs.add(new Recommended(it.item().id(), it.item().name(), it.internalReason(), r.exactFit()));
        }
        d.recommendation = recs;
        d.block(kit.pick(d, r.exactFit() ? "reco_intro" : "reco_closest") + "\n" + String.join("\n", lines));
        d.emit(new ConversationEvent.AnswerGiven(d.at, "recommendation", recs.stream().map(Recommended::id).toList()));
    }

    private RecommendationRequest request(Draft d) {
        Map<String, String> answers = new HashMap<>();
        Entity.Money budget = null;
        for (Map.Entry<String, Answer> e : d.answers.entrySet()) {
            Answer a = e.getValue();
            if (a instanceof Answer.Choice c) answers.put(e.getKey(), c.id());
            else if (a instanceof Answer.YesNo y) answers.put(e.getKey(), y.value() ? "yes" : "no");
            else if (a instanceof Answer.Text t) answers.put(e.getKey(), t.value());
            else if (a instanceof Answer.Money m) {
                if (budget == null || e.getKey().equals(kit.bot.recommendation().budgetQuestion())) budget = m.money();
            }
        }
        return new RecommendationRequest(answers, budget);
    }

    /** Services: what the FAQ says about the stated need ("information built from what was collected"). */
    private void information(Draft d) {
        FaqResult r = kit.ports.faq().ask(needQuery(d));
        if (r instanceof FaqResult.Answered ans) {
            d.block(kit.pick(d, "info_intro") + " " + ans.entry().answer());
            d.faqAnswered.add(ans.entry().id());
            d.recommendation = serviceRecommendation(d, ans.entry());
            d.emit(new ConversationEvent.AnswerGiven(d.at, "faq", List.of(ans.entry().id())));
        } else d.block(kit.pick(d, "info_none"));
    }

    /**
     * A service bot recommends the offer the client asked for (the need option), with the reason in the client's
     * words and the budget they gave, and names the information already given (the FAQ entry) for the salesperson.
     */
    private List<Recommended> serviceRecommendation(Draft d, io.comptoir.bot.FaqEntry entry) {
        Texts note = Texts.of(kit.bot.language(), "note/note.yaml");
        if (!(d.answers.get(Scorer.needQuestion(kit.bot).id()) instanceof Answer.Choice need)) {
            return List.of(new Recommended(entry.id(), entry.question(), note.pick("reco_info_only", 0)));
        }
        List<String> why = new ArrayList<>();
        why.add(note.pick("reco_need", 0, "quote", Formats.shorten(need.quote(), 100)));
        for (Question q : kit.bot.questions()) {
            if (q.type() == SlotType.MONEY && d.answers.get(q.id()) instanceof Answer.Money m) {
                why.add(note.pick("reco_budget", 0, "budget", kit.fmt.value(m)));
                break;
            }
        }
        why.add(note.pick("reco_info_given", 0, "faq", entry.question()));
        return List.of(new Recommended(need.id(), need.label(), Formats.upperFirst(String.join(note.pick("separator", 0), why))));
    }

    /** @return true when the client is now asked whether it solved the problem (the turn is complete) */
    private boolean supportAnswer(Draft d) {
        FaqResult r = kit.ports.faq().ask(needQuery(d));
        // Two close entries: offer the best one; the client says right away whether it solved the problem.
        io.comptoir.bot.FaqEntry entry = r instanceof FaqResult.Answered ans ? ans.entry()
                : r instanceof FaqResult.Clarify && !r.alternatives().isEmpty() ? r.alternatives().get(0).entry() : null;
        if (entry != null) {
            d.block(kit.pick(d, "support_intro") + " " + entry.answer() + (entry.link() == null ? "" : " " + entry.link()));
            d.faqAnswered.add(entry.id());
            d.emit(new ConversationEvent.AnswerGiven(d.at, "faq", List.of(entry.id())));
            askResolved(d);
            return true;
        }
        d.resolved = false;
        for (Question q : kit.bot.questions()) {
            if (q.type() == SlotType.TEXT && d.answers.get(q.id()) instanceof Answer.Text t) d.recordUnanswered(t.value());
        }
        d.block(kit.pick(d, "support_none"));
        return false;
    }

    void askResolved(Draft d) {
        d.say(kit.pick(d, "resolved_ask"));
        d.buttons.clear();
        d.buttons.add(kit.pick(d, "btn_resolved_yes"));
        d.buttons.add(kit.pick(d, "btn_resolved_no"));
        d.pending = RESOLVED;
    }

    /**
     * The FAQ query for the answer stage: what the client described (free-text answers) and the need they chose;
     * other choices (impact, plan) would only add noise to the retrieval.
     */
    private String needQuery(Draft d) {
        List<String> parts = new ArrayList<>();
        for (Question q : kit.bot.questions()) {
            if (d.answers.get(q.id()) instanceof Answer.Text t && q.type() == SlotType.TEXT) parts.add(t.value());
        }
        if (d.answers.get(io.comptoir.engine.Scorer.needQuestion(kit.bot).id()) instanceof Answer.Choice c) {
            parts.add(parts.isEmpty() ? c.label() + " " + c.quote() : c.label());
        }
        return String.join(" ", parts);
    }

    /** Proposes the call to action the bot.yaml rules choose, and starts collecting what it needs. */
    void startCta(Draft d) {
        Optional<Integer> chosen = CtaChooser.choose(kit.bot, d.view());
        if (chosen.isEmpty()) {
            if (Boolean.TRUE.equals(d.resolved)) d.say(kit.pick(d, "resolved_yes"));
            end(d, EndReason.COMPLETED);
            return;
        }
        CtaRule rule = kit.bot.ctaRules().get(chosen.get());
        if (rule.type() == CtaType.NONE) {
            // nothing to propose (e.g. the problem is solved): say the author's words and end
            d.cta = new CtaProgress(CtaType.NONE, "proposed", chosen.get(), List.of(), Map.of(), 0);
            d.say(rule.message() != null ? rule.message()
                    : kit.pick(d, Boolean.TRUE.equals(d.resolved) ? "resolved_yes" : "cta_none"));
            end(d, EndReason.COMPLETED);
            return;
        }
        List<CtaRule.ContactField> missing = rule.collect().stream().filter(f -> value(d.contact, f) == null).toList();
        Map<String, String> details = new LinkedHashMap<>();
        String link = link(d, rule);
        if (link != null) details.put("link", link);
        d.cta = new CtaProgress(rule.type(), "proposed", chosen.get(), missing, details, 0);
        d.enter(Stage.CTA);
        d.emit(new ConversationEvent.CtaProposed(d.at, rule.type()));
        String message = rule.type() == CtaType.PURCHASE && d.recommendation.size() > 1 ? purchaseMany(d, link)
                : rule.message() != null && !rule.message().isBlank() ? rule.message()
                : kit.pick(d, "cta_" + rule.type().yamlName());
        boolean firstKnown = !rule.collect().isEmpty() && value(d.contact, rule.collect().get(0)) != null;
        if (firstKnown && message.trim().endsWith("?")) {
            // the author's message ends by asking for a detail the client already gave: keep what it proposes,
            // drop that question, say which details will be used, then ask what is still missing or confirm
            String statement = withoutFinalQuestion(message);
            if (!statement.isEmpty()) d.say(statement);
            d.say(kit.pick(d, "cta_known_contact", "contact", knownContact(d, rule)));
            promptCta(d, true);
            return;
        }
        d.say(message);
        promptCta(d, !message.trim().endsWith("?"));
    }

    /** "We'll open a ticket. Which e-mail should they use?" → "We'll open a ticket." (empty when it is all question). */
    static String withoutFinalQuestion(String message) {
        String t = message.trim();
        int end = -1;
        for (int i = t.length() - 2; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '\u2026') {
                end = i;
                break;
            }
        }
        return end < 0 ? "" : t.substring(0, end + 1).trim();
    }

    /**
     * Several items recommended: the author's purchase message speaks of one item ("commandez-le"), so the plural
     * wording is used; the link (to the first item) is named so the client knows which one it is.
     */
    private String purchaseMany(Draft d, String link) {
        return link == null ? kit.pick(d, "cta_purchase_many")
                : kit.pick(d, "cta_purchase_many_link", "name", d.recommendation.get(0).name());
    }

    private static String knownContact(Draft d, CtaRule rule) {
        return String.join(", ", rule.collect().stream().map(f -> value(d.contact, f)).filter(java.util.Objects::nonNull).toList());
    }

    /** Asks for the next contact field, or for a yes/no confirmation when nothing is left to collect. */
    void promptCta(Draft d, boolean askField) {
        d.buttons.clear();
        if (!d.cta.missing().isEmpty()) {
            CtaRule.ContactField f = d.cta.missing().get(0);
            if (askField) d.say(kit.pick(d, "ask_" + f.name().toLowerCase(java.util.Locale.ROOT)));
            d.pending = "contact:" + f.name();
            d.buttons.add(kit.pick(d, "btn_decline"));
        } else {
            if (askField) d.say(kit.pick(d, "cta_confirm_" + d.cta.type().yamlName()));
            d.pending = CONFIRM;
            d.buttons.add(kit.pick(d, "btn_yes"));
            d.buttons.add(kit.pick(d, "btn_no"));
        }
    }

    private String link(Draft d, CtaRule rule) {
        String template = rule.link() != null ? rule.link()
                : rule.type() == CtaType.PURCHASE && kit.bot.recommendation() != null ? kit.bot.recommendation().linkTemplate() : null;
        if (template == null || d.recommendation.isEmpty()) return null;
        return template.replace("{id}", d.recommendation.get(0).id());
    }

    void accept(Draft d) {
        Map<String, String> details = new LinkedHashMap<>(d.cta.details());
        for (CtaRule.ContactField f : kit.bot.ctaRules().get(d.cta.ruleIndex()).collect()) {
            String v = value(d.contact, f);
            if (v != null) details.put(f.name().toLowerCase(java.util.Locale.ROOT), v);
        }
        d.cta = new CtaProgress(d.cta.type(), "accepted", d.cta.ruleIndex(), List.of(), details, 0);
        d.emit(new ConversationEvent.CtaAccepted(d.at, d.cta.type(), details));
        String key = "cta_accepted_" + d.cta.type().yamlName();
        String said = kit.texts.pickFilled(List.of(key, key + "_email", key + "_phone", key + "_plain"), d.turn,
                "email", d.contact.email(), "phone", Formats.phone(d.contact.phone()), "link", details.get("link"));
        d.say(said != null ? said : kit.pick(d, "cta_accepted_none"));
        end(d, d.flags.contains("human_requested") ? EndReason.HANDOFF : EndReason.COMPLETED);
    }

    void decline(Draft d) {
        d.cta = new CtaProgress(d.cta.type(), "declined", d.cta.ruleIndex(), d.cta.missing(), d.cta.details(), 0);
        d.emit(new ConversationEvent.CtaDeclined(d.at, d.cta.type()));
        d.pending = null;
        d.say(kit.pick(d, "cta_declined"));
        d.buttons.clear();
        d.buttons.add(kit.pick(d, "btn_changed_mind"));
    }

    static String value(Contact c, CtaRule.ContactField f) {
        return switch (f) {
            case EMAIL -> c.email();
            case PHONE -> c.phone();
            case NAME -> c.name();
            case COMPANY -> c.company();
        };
    }

    /** Ends the conversation: a recap of what the client said, then goodbye. */
    void end(Draft d, EndReason reason) {
        List<String> parts = new ArrayList<>();
        for (Question q : kit.bot.questions()) {
            Answer a = d.answers.get(q.id());
            if (a != null && a.known()) {
                String ack = kit.fmt.acknowledgement(q, a);
                if (ack != null) parts.add(ack);
            }
        }
        if (!parts.isEmpty()) d.paragraph(kit.pick(d, "recap", "values", kit.fmt.join(parts)));
        d.say(kit.pick(d, "goodbye"));
        d.buttons.clear();
        d.pending = null;
        d.enter(Stage.CLOSED);
        d.endReason = reason;
        d.endedAt = d.at;
        d.emit(new ConversationEvent.ConversationEnded(d.at, reason));
        d.outcome = new Outcome.Ended(reason);
    }
}
