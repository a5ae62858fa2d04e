package io.comptoir.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.ComptoirException;
import io.comptoir.engine.Answer;
import io.comptoir.engine.Change;
import io.comptoir.engine.Objection;
import io.comptoir.engine.Recommended;
import io.comptoir.note.CrmNote;
import io.comptoir.understanding.Entity;
import java.util.Locale;
import java.util.TreeMap;

/** The note's JSON form (snake_case keys, as specified for CRM exports); domain records stay annotation-free. */
public final class NoteJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NoteJson() {}

    public static ObjectNode toJson(CrmNote n) {
        ObjectNode o = F.objectNode();
        o.put("conversation_id", n.conversationId());
        o.put("bot", n.bot());
        o.put("language", n.language());
        o.put("bot_name", n.words().botName());
        o.put("heading", n.words().heading());
        o.put("started_at", n.startedAt() == null ? null : n.startedAt().toString());
        o.put("ended_at", n.endedAt() == null ? null : n.endedAt().toString());
        ObjectNode contact = o.putObject("contact");
        contact.put("name", n.contact().name());
        contact.put("email", n.contact().email());
        contact.put("phone", n.contact().phone());
        contact.put("company", n.contact().company());
        ObjectNode answers = o.putObject("answers");
        n.answers().forEach(a -> answers.set(a.questionId(), answer(a.value())));
        ObjectNode answerLabels = o.putObject("answer_labels");
        n.words().answers().forEach(a -> answerLabels.putObject(a.id()).put("question", a.label()).put("value", a.value()));
        o.put("need", n.need());
        o.put("summary", n.summary());
        o.set("indicators", indicators(n.indicators(), n.words()));
        ObjectNode q = o.putObject("qualification");
        q.put("score", n.qualification().score());
        q.put("status", n.qualification().status());
        q.put("status_label", n.words().qualification());
        ArrayNode recs = o.putArray("recommendation");
        for (Recommended r : n.recommendation()) recs.addObject().put("id", r.id()).put("name", r.name()).put("reason", r.reason());
        ObjectNode cta = o.putObject("cta");
        cta.put("type", n.cta().type());
        cta.put("status", n.cta().status());
        cta.put("type_label", n.words().ctaType());
        cta.put("status_label", n.words().ctaStatus());
        ObjectNode details = cta.putObject("details");
        new TreeMap<>(n.cta().details()).forEach(details::put);
        ObjectNode next = o.putObject("next_action");
        next.put("action", n.nextAction().action());
        next.put("owner", n.nextAction().owner());
        next.put("due", n.nextAction().due() == null ? null : n.nextAction().due().toString());
        next.put("owner_label", n.words().owner());
        next.put("due_label", n.words().due());
        ArrayNode flags = o.putArray("flags");
        n.flags().forEach(flags::add);
        ObjectNode flagLabels = o.putObject("flag_labels");
        n.words().flags().forEach(flagLabels::put);
        ArrayNode changes = o.putArray("changes");
        for (int k = 0; k < n.changes().size(); k++) {
            Change c = n.changes().get(k);
            ObjectNode ch = changes.addObject();
            ch.put("field", c.field());
            ch.set("from", answer(c.from()));
            ch.set("to", answer(c.to()));
            ch.put("field_label", n.words().changes().get(k).label());
            ch.put("label", n.words().changes().get(k).value());
        }
        ArrayNode unanswered = o.putArray("unanswered_questions");
        n.unansweredQuestions().forEach(unanswered::add);
        return o;
    }

    public static String toPrettyString(CrmNote n) {
        try {
            return PRETTY.writeValueAsString(toJson(n));
        } catch (JsonProcessingException e) {
            throw new ComptoirException("cannot write note: " + e.getMessage(), e);
        }
    }

    private static ObjectNode indicators(CrmNote.Indicators i, CrmNote.Words w) {
        ObjectNode o = F.objectNode();
        o.put("urgency", i.urgency());
        o.put("urgency_label", w.urgency());
        if (i.budget() == null) o.putNull("budget");
        else o.set("budget", money(i.budget()));
        o.put("decision_maker", i.decisionMaker());
        o.put("decision_maker_label", w.decisionMaker());
        ArrayNode obj = o.putArray("objections");
        for (int k = 0; k < i.objections().size(); k++) {
            Objection x = i.objections().get(k);
            obj.addObject().put("type", x.type()).put("type_label", w.objections().get(k)).put("quote", x.quote());
        }
        ObjectNode ev = o.putObject("evidence");
        new TreeMap<>(i.evidence()).forEach(ev::put);
        return o;
    }

    /** A slot value as the note stores it: choice id, yes/no, money object, ISO date, number or text. */
    public static JsonNode answer(Answer a) {
        if (a instanceof Answer.Choice c) return F.textNode(c.id());
        if (a instanceof Answer.Money m) return money(m.money());
        if (a instanceof Answer.Date d) return F.textNode(d.value().toString());
        if (a instanceof Answer.Count c) return F.numberNode(c.value());
        if (a instanceof Answer.YesNo y) return F.textNode(y.value() ? "yes" : "no");
        if (a instanceof Answer.Text t) return F.textNode(t.value());
        return F.textNode("unknown");
    }

    /** 8000 stays 8000 (not 8E+3); cents stay cents. */
    private static JsonNode number(java.math.BigDecimal v) {
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0 ? F.numberNode(s.longValueExact()) : F.numberNode(s);
    }

    public static ObjectNode money(Entity.Money m) {
        ObjectNode o = F.objectNode();
        if (m.amount() != null) o.set("amount", number(m.amount()));
        if (m.min() != null) o.set("min", number(m.min()));
        if (m.max() != null) o.set("max", number(m.max()));
        if (m.currency() != null) o.put("currency", m.currency());
        if (m.period() != null) o.put("period", m.period().name().toLowerCase(Locale.ROOT));
        return o;
    }

}
