package io.comptoir.note;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.Answer;
import io.comptoir.engine.Change;
import io.comptoir.engine.Formats;
import io.comptoir.engine.Texts;
import io.comptoir.understanding.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Says a note's ids for people, in the bot's language: question and option labels from bot.yaml, indicator and
 * status words from {@code note/note.yaml}, amounts and dates formatted for the language. Pure.
 */
public final class NoteWords {
    private final Texts t;
    private final Formats fmt;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times = DateTimeFormatter.ofPattern("HH:mm");

    private NoteWords(Language lang) {
        this.t = Texts.of(lang, "note/note.yaml");
        this.fmt = Formats.of(lang);
        this.dates = DateTimeFormatter.ofPattern(t.pick("date_pattern", 0), lang.locale());
    }

    /** Immutable (its formatters too), so one per language: every note is said with it. */
    private static final Map<Language, NoteWords> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    public static NoteWords of(Language lang) { return BY_LANGUAGE.computeIfAbsent(lang, NoteWords::new); }

    static CrmNote.Words of(BotDefinition bot, CrmNote n) { return of(bot.language()).words(bot, n); }

    private CrmNote.Words words(BotDefinition bot, CrmNote n) {
        List<CrmNote.Labeled> answers = new ArrayList<>();
        for (CrmNote.AnswerEntry a : n.answers()) {
            answers.add(new CrmNote.Labeled(a.questionId(), CrmNotes.title(bot, a.questionId()), value(a.value())));
        }
        List<CrmNote.Labeled> changes = new ArrayList<>();
        for (Change c : n.changes()) {
            changes.add(new CrmNote.Labeled(c.field(), CrmNotes.title(bot, c.field()), value(c.from()) + " → " + value(c.to())));
        }
        Map<String, String> flags = new LinkedHashMap<>();
        for (String f : n.flags()) flags.put(f, word("flag_" + f, f.replace('_', ' ')));
        List<CrmNote.Labeled> details = new ArrayList<>();
        new TreeMap<>(n.cta().details()).forEach((k, v) -> details.add(new CrmNote.Labeled(k, word("label_" + k, k),
                k.equals("phone") ? Formats.phone(v) : v)));
        List<String> objections = n.indicators().objections().stream().map(o -> word("objection_" + o.type(), o.type())).toList();
        CrmNote.Cta cta = n.cta();
        return new CrmNote.Words(heading(n), bot.name(), answers, t.pick("urgency_" + n.indicators().urgency(), 0),
                t.pick("dm_" + n.indicators().decisionMaker(), 0), t.pick("status_label_" + n.qualification().status(), 0),
                t.pick("cta_" + cta.type(), 0), cta.status() == null ? t.pick("cta_status_none", 0) : t.pick("status_" + cta.status(), 0),
                details, t.pick("owner_" + n.nextAction().owner(), 0), date(n.nextAction().due()),
                dateTime(n.startedAt()), dateTime(n.endedAt()), flags, changes, objections);
    }

    /** Who and what: the name (else e-mail, else phone) and the need's label, so rows and pages tell apart. */
    private String heading(CrmNote n) {
        var c = n.contact();
        String who = c.name() != null ? c.name() : c.email() != null ? c.email()
                : c.phone() != null ? Formats.phone(c.phone()) : t.pick("md_no_contact", 0);
        String need = n.answers().stream().map(CrmNote.AnswerEntry::value).filter(a -> a instanceof Answer.Choice)
                .map(a -> ((Answer.Choice) a).label()).findFirst().orElse(null);
        if (need == null && n.need() != null) need = Formats.shorten(n.need(), 60);
        return t.pick("md_heading", 0, "who", who, "need", need == null ? t.pick("md_need_unknown", 0) : need);
    }

    /** A value as a person reads it: the option's label, "oui", "8 000 €", "31 janvier 2027", "4 personnes". */
    public String value(Answer a) {
        if (a == null) return "—";
        if (a instanceof Answer.Choice c) return c.label();
        if (a instanceof Answer.Date d) return d.value().format(dates);
        if (a instanceof Answer.YesNo y) return t.pick(y.value() ? "label_yes" : "label_no", 0);
        if (a instanceof Answer.Text x) return x.value();
        if (a instanceof Answer.Unknown) return t.pick("label_unknown", 0);
        return fmt.value(a);
    }

    public String date(LocalDate d) { return d == null ? null : d.format(dates); }

    public String dateTime(Instant at) {
        if (at == null) return null;
        var z = at.atZone(ZoneOffset.UTC);
        return t.pick("datetime", 0, "date", z.toLocalDate().format(dates), "time", z.format(times));
    }

    /** A word from note.yaml; an unlisted id (a new flag) is shown made readable rather than failing the note. */
    private String word(String key, String fallback) {
        return t.has(key) ? t.pick(key, 0) : fallback;
    }
}
