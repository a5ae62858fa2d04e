package io.comptoir.store.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.ComptoirException;
import io.comptoir.bot.CtaType;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.ConversationEvent.*;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Event payloads as stored in conversation_events.payload: the event's fields except its type and time. */
public final class EventCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventCodec() {}

    public static String payload(ConversationEvent e) {
        ObjectNode n = JSON.createObjectNode();
        if (e instanceof StageEntered s) n.put("stage", s.stage().wireName());
        else if (e instanceof QuestionAsked q) n.put("question", q.questionId());
        else if (e instanceof SlotFilled q) n.put("question", q.questionId());
        else if (e instanceof ClarificationAsked q) n.put("question", q.questionId());
        else if (e instanceof Correction q) n.put("question", q.questionId());
        else if (e instanceof DigressionAnswered d) n.put("faq", d.faqId());
        else if (e instanceof AnswerGiven a) {
            n.put("kind", a.kind());
            a.sources().forEach(n.putArray("sources")::add);
        } else if (e instanceof CtaProposed c) n.put("cta", c.cta().yamlName());
        else if (e instanceof CtaAccepted c) {
            n.put("cta", c.cta().yamlName());
            ObjectNode d = n.putObject("details");
            c.details().forEach(d::put);
        } else if (e instanceof CtaDeclined c) n.put("cta", c.cta().yamlName());
        else if (e instanceof Purchase p) {
            n.put("amount", p.amount());
            n.put("currency", p.currency());
        } else if (e instanceof Csat c) n.put("score", c.score());
        else if (e instanceof ConversationEnded c) n.put("reason", c.reason().wireName());
        return n.toString();
    }

    public static ConversationEvent decode(String type, Instant at, String payload) {
        try {
            JsonNode n = payload == null || payload.isBlank() ? JSON.createObjectNode() : JSON.readTree(payload);
            return switch (type) {
                case "conversation_started" -> new ConversationStarted(at);
                case "stage_entered" -> new StageEntered(at, Stage.valueOf(text(n, "stage").toUpperCase(Locale.ROOT)));
                case "question_asked" -> new QuestionAsked(at, text(n, "question"));
                case "slot_filled" -> new SlotFilled(at, text(n, "question"));
                case "clarification_asked" -> new ClarificationAsked(at, text(n, "question"));
                case "correction" -> new Correction(at, text(n, "question"));
                case "digression_answered" -> new DigressionAnswered(at, text(n, "faq"));
                case "out_of_scope" -> new OutOfScope(at);
                case "human_requested" -> new HumanRequested(at);
                case "answer_given" -> new AnswerGiven(at, text(n, "kind"), strings(n.path("sources")));
                case "cta_proposed" -> new CtaProposed(at, cta(n));
                case "cta_accepted" -> new CtaAccepted(at, cta(n), details(n.path("details")));
                case "cta_declined" -> new CtaDeclined(at, cta(n));
                case "purchase" -> new Purchase(at, new BigDecimal(text(n, "amount")), text(n, "currency"));
                case "csat" -> new Csat(at, n.path("score").asInt());
                case "conversation_ended" -> new ConversationEnded(at,
                        EndReason.valueOf(text(n, "reason").toUpperCase(Locale.ROOT)));
                default -> throw new ComptoirException("unknown event type '" + type + "'");
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new ComptoirException("unreadable event payload: " + ex.getOriginalMessage(), ex);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static CtaType cta(JsonNode n) {
        return CtaType.fromYaml(text(n, "cta")).orElse(CtaType.NONE);
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Map<String, String> details(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
