package io.comptoir.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Stores a message's quick-reply buttons as a JSON array of strings (null when there are none). */
final class Buttons {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Buttons() {}

    static String json(List<String> buttons) {
        if (buttons.isEmpty()) return null;
        try {
            return MAPPER.writeValueAsString(buttons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> parse(String json) {
        if (json == null || json.isEmpty()) return List.of();
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
