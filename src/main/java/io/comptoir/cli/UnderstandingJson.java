package io.comptoir.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Signal;
import java.math.BigDecimal;
import java.util.Locale;

/** The JSON shape of the understanding contract (`comptoir understand`), kept out of the domain records. */
public final class UnderstandingJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private UnderstandingJson() {}

    /** {"id", "language", "entities", "signals", "in_scope"}; {@code inScope} null when no bot was given. */
    public static ObjectNode result(JsonNode id, Analysis a, Boolean inScope) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("id", id == null ? MAPPER.nullNode() : id);
        o.put("language", a.language().code());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : a.entities()) entities.add(entity(e));
        ArrayNode signals = o.putArray("signals");
        for (Signal s : Signal.values()) if (a.has(s)) signals.add(s.wireName());
        if (inScope == null) o.putNull("in_scope");
        else o.put("in_scope", inScope);
        return o;
    }

    /** {"id", "line", "error"} for an input line that could not be read. */
    public static ObjectNode error(JsonNode id, int line, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("id", id == null ? MAPPER.nullNode() : id);
        o.put("line", line);
        o.put("error", message);
        return o;
    }

    public static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        if (e instanceof Entity.Money m) {
            o.put("type", "money");
            o.put("text", m.text());
            number(o, "amount", m.amount());
            number(o, "min", m.min());
            number(o, "max", m.max());
            if (m.currency() != null) o.put("currency", m.currency());
            if (m.period() != null) o.put("period", m.period().name().toLowerCase(Locale.ROOT));
        } else if (e instanceof Entity.Email m) {
            o.put("type", "email").put("text", m.text()).put("value", m.value());
        } else if (e instanceof Entity.Phone p) {
            o.put("type", "phone").put("text", p.text()).put("value", p.value());
        } else if (e instanceof Entity.Date d) {
            o.put("type", "date").put("text", d.text()).put("value", d.value().toString());
        } else if (e instanceof Entity.Headcount h) {
            o.put("type", "headcount").put("text", h.text()).put("value", h.value());
        }
        return o;
    }

    private static void number(ObjectNode o, String key, BigDecimal v) {
        if (v == null) return;
        BigDecimal plain = v.stripTrailingZeros();
        if (plain.scale() < 0) plain = plain.setScale(0);
        o.put(key, plain);
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
