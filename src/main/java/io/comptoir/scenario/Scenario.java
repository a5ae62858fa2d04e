package io.comptoir.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.engine.EndReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scripted conversation with expectations (scenarios/*.yaml).
 *
 * @param end close the conversation after the last turn with this reason, or null to leave it as it stands
 * @param note expectations on the final note: JSON path → expected value (a list means "contains all")
 */
public record Scenario(String file, String name, String description, Instant now, List<Step> turns, EndReason end,
                       Map<String, JsonNode> note) {
    public static final Instant DEFAULT_NOW = Instant.parse("2026-11-23T10:00:00Z");

    public Scenario {
        turns = List.copyOf(turns);
        note = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(note));
    }

    public record Step(String user, Expect expect) {}

    /** Expectations on one turn; null or empty fields are not checked. */
    public record Expect(String stage, List<String> replyContains, List<String> replyNotContains,
                         Map<String, JsonNode> slots, List<String> buttonsContain) {
        public static final Expect NONE = new Expect(null, List.of(), List.of(), Map.of(), List.of());

        public Expect {
            replyContains = List.copyOf(replyContains);
            replyNotContains = List.copyOf(replyNotContains);
            slots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
            buttonsContain = List.copyOf(buttonsContain);
        }
    }
}
