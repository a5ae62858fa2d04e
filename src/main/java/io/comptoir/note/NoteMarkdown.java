package io.comptoir.note;

import io.comptoir.engine.Answer;
import io.comptoir.engine.Change;
import io.comptoir.engine.Formats;
import io.comptoir.engine.Objection;
import io.comptoir.engine.Recommended;
import io.comptoir.engine.Texts;
import io.comptoir.understanding.Language;
import java.util.Map;

/** Renders a note as Markdown for people (terminal chat, e-mail, the console). */
public final class NoteMarkdown {
    private NoteMarkdown() {}

    public static String render(CrmNote n) {
        Language lang = Language.fromCode(n.language()).orElse(Language.FR);
        Texts t = Texts.of(lang, "note/note.yaml");
        Formats fmt = Formats.of(lang);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.pick("md_title", 0)).append(" — ").append(n.bot()).append(" / ").append(n.conversationId()).append('\n');
        md.append('\n').append(n.startedAt()).append(n.endedAt() == null ? "" : " → " + n.endedAt()).append('\n');
        section(md, t, "md_summary").append(n.summary()).append('\n');
        section(md, t, "md_need").append(n.need() == null ? "—" : n.need()).append('\n');
        section(md, t, "md_contact");
        if (!n.contact().any()) md.append("—\n");
        line(md, "name", n.contact().name());
        line(md, "email", n.contact().email());
        line(md, "phone", n.contact().phone());
        line(md, "company", n.contact().company());
        section(md, t, "md_answers");
        for (CrmNote.AnswerEntry a : n.answers()) line(md, a.questionId(), show(fmt, a.value()));
        section(md, t, "md_indicators");
        CrmNote.Indicators i = n.indicators();
        line(md, t.pick("md_urgency", 0), i.urgency() + quote(i.evidence(), "urgency"));
        line(md, t.pick("md_budget", 0), (i.budget() == null ? "—" : fmt.money(i.budget())) + quote(i.evidence(), "budget"));
        line(md, t.pick("md_decision_maker", 0), i.decisionMaker() + quote(i.evidence(), "decision_maker"));
        for (Objection o : i.objections()) line(md, t.pick("md_objections", 0), o.type() + " — « " + o.quote() + " »");
        section(md, t, "md_qualification").append(n.qualification().status()).append(" (").append(n.qualification().score()).append("/100)\n");
        if (!n.recommendation().isEmpty()) {
            section(md, t, "md_recommendation");
            for (Recommended r : n.recommendation()) line(md, r.id(), r.name() + (r.reason() == null ? "" : " — " + r.reason()));
        }
        section(md, t, "md_cta").append(n.cta().type()).append(n.cta().status() == null ? "" : " — " + n.cta().status()).append('\n');
        n.cta().details().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> line(md, e.getKey(), e.getValue()));
        section(md, t, "md_next_action").append(n.nextAction().action()).append(" (").append(n.nextAction().owner())
                .append(n.nextAction().due() == null ? "" : ", " + n.nextAction().due()).append(")\n");
        section(md, t, "md_flags").append(n.flags().isEmpty() ? t.pick("md_none", 0) : String.join(", ", n.flags())).append('\n');
        if (!n.changes().isEmpty()) {
            section(md, t, "md_changes");
            for (Change c : n.changes()) line(md, c.field(), show(fmt, c.from()) + " → " + show(fmt, c.to()));
        }
        if (!n.unansweredQuestions().isEmpty()) {
            section(md, t, "md_unanswered");
            for (String q : n.unansweredQuestions()) md.append("- « ").append(q).append(" »\n");
        }
        return md.toString();
    }

    private static StringBuilder section(StringBuilder md, Texts t, String key) {
        return md.append("\n## ").append(t.pick(key, 0)).append("\n\n");
    }

    private static void line(StringBuilder md, String key, String value) {
        if (value != null) md.append("- **").append(key).append("**: ").append(value).append('\n');
    }

    private static String show(Formats fmt, Answer a) {
        return a instanceof Answer.Choice c ? c.label() + " (" + c.id() + ")" : fmt.value(a);
    }

    private static String quote(Map<String, String> evidence, String key) {
        String q = evidence.get(key);
        return q == null ? "" : " — « " + q + " »";
    }

}
