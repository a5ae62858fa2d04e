package io.comptoir.note;

import io.comptoir.engine.Formats;
import io.comptoir.engine.Objection;
import io.comptoir.engine.Recommended;
import io.comptoir.engine.Texts;
import io.comptoir.understanding.Language;
import java.util.Map;

/**
 * Renders a note as Markdown for people (terminal chat, e-mail, the console): headed by the contact and the need,
 * every value in the bot's language through {@link CrmNote.Words}; the only id left is the conversation's
 * reference at the end, to find it again in the console.
 */
public final class NoteMarkdown {
    private NoteMarkdown() {}

    public static String render(CrmNote n) {
        Language lang = Language.fromCode(n.language()).orElse(Language.FR);
        Texts t = Texts.of(lang, "note/note.yaml");
        Formats fmt = Formats.of(lang);
        CrmNote.Words w = n.words();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(w.heading()).append('\n');
        md.append('\n').append(w.endedAt() == null ? t.pick("md_meta", 0, "bot", w.botName(), "started", w.startedAt())
                : t.pick("md_meta_ended", 0, "bot", w.botName(), "started", w.startedAt(), "ended", w.endedAt())).append('\n');
        section(md, t, "md_summary").append(n.summary()).append('\n');
        section(md, t, "md_need").append(n.need() == null ? "—" : n.need()).append('\n');
        section(md, t, "md_contact");
        if (!n.contact().any()) md.append("—\n");
        line(md, t, t.pick("label_name", 0), n.contact().name());
        line(md, t, t.pick("label_email", 0), n.contact().email());
        line(md, t, t.pick("label_phone", 0), Formats.phone(n.contact().phone()));
        line(md, t, t.pick("label_company", 0), n.contact().company());
        section(md, t, "md_answers");
        if (w.answers().isEmpty()) md.append("—\n");
        for (CrmNote.Labeled a : w.answers()) line(md, t, a.label(), a.value());
        section(md, t, "md_indicators");
        CrmNote.Indicators i = n.indicators();
        line(md, t, t.pick("md_urgency", 0), w.urgency() + quote(t, i.evidence(), "urgency"));
        line(md, t, t.pick("md_budget", 0), (i.budget() == null ? "—" : fmt.money(i.budget())) + quote(t, i.evidence(), "budget"));
        line(md, t, t.pick("md_decision_maker", 0), w.decisionMaker() + quote(t, i.evidence(), "decision_maker"));
        for (int k = 0; k < i.objections().size(); k++) {
            Objection o = i.objections().get(k);
            line(md, t, t.pick("md_objections", 0), w.objections().get(k) + " — " + t.pick("quoted", 0, "text", o.quote()));
        }
        section(md, t, "md_qualification").append(t.pick("md_score", 0, "status", w.qualification(),
                "score", String.valueOf(n.qualification().score()))).append('\n');
        if (!n.recommendation().isEmpty()) {
            section(md, t, "md_recommendation");
            for (Recommended r : n.recommendation()) md.append("- **").append(r.name()).append("**")
                    .append(r.reason() == null ? "" : " — " + r.reason()).append('\n');
        }
        section(md, t, "md_cta").append(Formats.upperFirst(w.ctaType())).append(" — ").append(w.ctaStatus()).append('\n');
        for (CrmNote.Labeled d : w.ctaDetails()) line(md, t, d.label(), d.value());
        section(md, t, "md_next_action").append(t.pick("md_next_action_line", 0, "action", n.nextAction().action(),
                "owner", w.owner(), "due", w.due() == null ? "" : t.pick("md_due", 0, "date", w.due()))).append('\n');
        section(md, t, "md_flags").append(w.flags().isEmpty() ? t.pick("md_none", 0) : String.join(", ", w.flags().values())).append('\n');
        if (!w.changes().isEmpty()) {
            section(md, t, "md_changes");
            for (CrmNote.Labeled c : w.changes()) line(md, t, c.label(), c.value());
        }
        if (!n.unansweredQuestions().isEmpty()) {
            section(md, t, "md_unanswered");
            for (String q : n.unansweredQuestions()) md.append("- ").append(t.pick("quoted", 0, "text", q)).append('\n');
        }
        md.append('\n').append(t.pick("md_reference", 0, "id", n.conversationId())).append('\n');
        return md.toString();
    }

    private static StringBuilder section(StringBuilder md, Texts t, String key) {
        return md.append("\n## ").append(t.pick(key, 0)).append("\n\n");
    }

    private static void line(StringBuilder md, Texts t, String label, String value) {
        if (value != null) md.append(t.pick("md_line", 0, "label", label, "value", value)).append('\n');
    }

    private static String quote(Texts t, Map<String, String> evidence, String key) {
        String q = evidence.get(key);
        return q == null ? "" : " — " + t.pick("quoted", 0, "text", q);
    }
}
