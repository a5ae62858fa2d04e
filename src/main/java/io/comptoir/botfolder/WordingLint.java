package io.comptoir.botfolder;

import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.engine.Answer;
import io.comptoir.engine.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts that say something the bot will not do: a call-to-action message that asks for a contact detail the rule
 * does not collect (the client types it and is asked again for something else), a call to action that collects no
 * way to reach the client, and a headcount question whose default acknowledgement speaks of a team.
 */
final class WordingLint {
    private final LintContext cx;

    WordingLint(LintContext cx) {
        this.cx = cx;
    }

    void run() {
        for (int i = 0; i < cx.bot.ctaRules().size(); i++) cta(i, cx.bot.ctaRules().get(i));
        for (Question q : cx.bot.questions()) headcountAcknowledgement(q);
    }

    private void cta(int i, CtaRule rule) {
        String where = "cta rule " + (i + 1) + " (" + rule.type().yamlName() + ")";
        int messageLine = cx.lines.line("cta", i, "message");
        int collectLine = cx.lines.has("cta", i, "collect") ? cx.lines.line("cta", i, "collect") : messageLine;
        boolean email = rule.collect().contains(CtaRule.ContactField.EMAIL);
        boolean phone = rule.collect().contains(CtaRule.ContactField.PHONE);
        if (!email && LintContext.mentions(rule.message(), cx.folded("email_words"))) {
            cx.error(messageLine, where + ": the message asks for an e-mail address or promises an invitation, but "
                    + "'collect' has no email, so the bot never asks for it; add email to collect, or reword the "
                    + "message so it needs none");
        }
        if (!phone && LintContext.mentions(rule.message(), cx.folded("phone_words"))) {
            cx.error(messageLine, where + ": the message asks for a phone number, but 'collect' has no phone, so "
                    + "the bot never asks for it; add phone to collect, or reword the message so it needs none");
        }
        if (rule.type() == CtaType.BOOKING && !email && !phone) {
            cx.warning(collectLine, where + " collects neither email nor phone, so nobody can send the client an "
                    + "invitation or confirm the appointment; add email (or phone) to collect");
        } else if (rule.type() == CtaType.CALLBACK && !phone) {
            cx.warning(collectLine, where + " does not collect a phone number to call the client back on; add "
                    + "phone to collect, or use type: booking or ticket");
        } else if (rule.type() == CtaType.TICKET && !email && !phone) {
            cx.warning(collectLine, where + " collects neither email nor phone, so the support team cannot answer "
                    + "the client; add email to collect");
        }
    }

    /** The default headcount acknowledgement names a team; a question about guests or pupils needs its own. */
    private void headcountAcknowledgement(Question q) {
        if (q.type() != SlotType.HEADCOUNT || q.acknowledgement() != null) return;
        List<String> texts = new ArrayList<>(q.phrasings());
        texts.add(q.id().replace('_', ' '));
        if (q.label() != null) texts.add(q.label());
        if (texts.stream().anyMatch(t -> LintContext.mentions(t, cx.folded("team_words")))) return;
        String said = Formats.of(cx.bot.language()).acknowledgement(q, new Answer.Count(100, "100"));
        cx.warning(cx.lines.question(q.id(), "type"), "question '" + q.id() + "' has no 'acknowledge', so the bot "
                + "says an answer back as " + LintContext.quote(said) + ", which reads wrongly unless it counts a "
                + "team; add e.g. acknowledge: \"{value}\"");
    }
}
