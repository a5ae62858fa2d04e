package io.comptoir.store;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * The one mapper between {@link ConversationEvent} and the {@code payload} column of {@code conversation_events}
 * (the type and time have columns of their own). Payload keys are snake_case; enum values are lower-case.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {}

    /** The JSON payload of an event (without type and time). */
    public static String payload(ConversationEvent event) {
        ObjectNode n = MAPPER.createObjectNode();
        if (event instanceof StageEntered e) n.put("stage", e.stage().wireName());
        else if (event instanceof QuestionAsked e) n.put("question_id", e.questionId());
        else if (event instanceof SlotFilled e) n.put("question_id", e.questionId());
        else if (event instanceof ClarificationAsked e) n.put("question_id", e.questionId());
        else if (event instanceof Correction e) n.put("question_id", e.questionId());
        else if (event instanceof DigressionAnswered e) n.put("faq_id", e.faqId());
        else if (event instanceof AnswerGiven e) {
            n.put("kind", e.kind());
            var sources = n.putArray("sources");
            e.sources().forEach(sources::add);
        } else if (event instanceof CtaProposed e) n.put("cta", e.cta().yamlName());
        else if (event instanceof CtaAccepted e) {
            n.put("cta", e.cta().yamlName());
            ObjectNode d = n.putObject("details");
            e.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(x -> d.put(x.getKey(), x.getValue()));
        } else if (event instanceof CtaDeclined e) n.put("cta", e.cta().yamlName());
        else if (event instanceof Purchase e) {
            n.put("amount", e.amount());
            n.put("currency", e.currency());
        } else if (event instanceof Csat e) n.put("score", e.score());
        else if (event instanceof ConversationEnded e) n.put("reason", e.reason().wireName());
        return n.toString();
    }

    /** Rebuilds an event from its stored columns. */
    public static ConversationEvent read(String type, Instant at, String payload) {
        JsonNode p = parse(payload);
        return switch (type) {
            case "conversation_started" -> new ConversationStarted(at);
            case "stage_entered" -> new StageEntered(at, Stage.valueOf(upper(p.path("stage").asText())));
            case "question_asked" -> new QuestionAsked(at, p.path("question_id").asText());
            case "slot_filled" -> new SlotFilled(at, p.path("question_id").asText());
            case "clarification_asked" -> new ClarificationAsked(at, p.path("question_id").asText());
            case "correction" -> new Correction(at, p.path("question_id").asText());
            case "digression_answered" -> new DigressionAnswered(at, p.path("faq_id").asText());
            case "out_of_scope" -> new OutOfScope(at);
            case "human_requested" -> new HumanRequested(at);
            case "answer_given" -> new AnswerGiven(at, p.path("kind").asText(), strings(p.path("sources")));
            case "cta_proposed" -> new CtaProposed(at, cta(p));
            case "cta_accepted" -> new CtaAccepted(at, cta(p), details(p.path("details")));
            case "cta_declined" -> new CtaDeclined(at, cta(p));
            case "purchase" -> new Purchase(at, new BigDecimal(p.path("amount").asText("0")),
                    p.path("currency").asText());
            case "csat" -> new Csat(at, p.path("score").asInt());
            case "conversation_ended" -> new ConversationEnded(at, EndReason.valueOf(upper(p.path("reason").asText())));
            default -> throw new ComptoirException("unknown stored event type '" + type + "'");
        };
    }

    /** The payload with personal data removed (call-to-action details), for erasure that keeps KPI facts. */
    public static String scrubbed(String type, String payload) {
        if (!"cta_accepted".equals(type)) return payload;
        ObjectNode n = (ObjectNode) parse(payload);
        n.putObject("details");
        return n.toString();
    }

    private static CtaType cta(JsonNode p) {
        return CtaType.fromYaml(p.path("cta").asText()).orElse(CtaType.NONE);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Map<String, String> details(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String upper(String s) { return s.toUpperCase(Locale.ROOT); }

    private static JsonNode parse(String payload) {
        try {
            return MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new ComptoirException("stored event payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
