package io.comptoir.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.comptoir.ComptoirException;
import io.javalin.http.Context;

/** The wire JSON settings (snake_case, ISO dates, unknown fields ignored) and request body parsing. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    /** The request body as a JSON object, or a 400 saying what is wrong. */
    public static JsonNode body(Context ctx) {
        String raw = ctx.body();
        if (raw.isBlank()) throw new ComptoirException.InvalidInput("the request body must be a JSON object");
        try {
            JsonNode n = MAPPER.readTree(raw);
            if (n == null || !n.isObject()) throw new ComptoirException.InvalidInput("the request body must be a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new ComptoirException.InvalidInput("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return json == null ? MAPPER.nullNode() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return MAPPER.nullNode();
        }
    }
}
