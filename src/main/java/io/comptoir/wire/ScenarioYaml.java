package io.comptoir.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.comptoir.ComptoirException;
import io.comptoir.engine.EndReason;
import io.comptoir.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import io.comptoir.botfolder.BotFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads scenarios/*.yaml. Unknown keys are errors that name the file and the key, like every bot file. */
public final class ScenarioYaml {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP = Set.of("name", "description", "now", "turns", "end", "note");
    private static final Set<String> TURN = Set.of("user", "expect");
    private static final Set<String> EXPECT = Set.of("stage", "reply_contains", "reply_not_contains", "slots", "buttons_contain");

    private ScenarioYaml() {}

    /** Every scenario of a bot folder (directory or bundled example), sorted by file name; none when it has none. */
    public static List<Scenario> loadAll(BotFiles files) {
        List<Scenario> out = new ArrayList<>();
        for (String name : files.list("scenarios")) {
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) continue;
            String rel = "scenarios/" + name;
            String text = files.read(rel).orElseThrow(() -> new ComptoirException.InvalidInput(rel + ": cannot read"));
            out.add(parse(rel, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        return out;
    }

    public static Scenario parse(String file, InputStream in) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new ComptoirException.InvalidInput(file + ": not valid YAML: " + e.getMessage().split("\n")[0]);
        }
        if (root == null || !root.isObject()) throw new ComptoirException.InvalidInput(file + ": expected a mapping with name and turns");
        keys(file, "", root, TOP);
        JsonNode turns = root.get("turns");
        if (turns == null || !turns.isArray() || turns.isEmpty()) {
            throw new ComptoirException.InvalidInput(file + ": 'turns' must be a non-empty list of {user, expect}");
        }
        List<Scenario.Step> steps = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) steps.add(step(file, i, turns.get(i)));
        Map<String, JsonNode> note = new LinkedHashMap<>();
        JsonNode n = root.get("note");
        if (n != null && !n.isNull()) {
            if (!n.isObject()) throw new ComptoirException.InvalidInput(file + ": 'note' must map JSON paths to values");
            n.fields().forEachRemaining(e -> note.put(e.getKey(), e.getValue()));
        }
        String name = text(root, "name");
        return new Scenario(file, name == null ? file : name, text(root, "description"), now(file, root.get("now")),
                steps, end(file, text(root, "end")), note);
    }

    private static Scenario.Step step(String file, int i, JsonNode t) {
        String where = "turns[" + i + "]";
        if (t.isTextual()) return new Scenario.Step(t.asText(), Scenario.Expect.NONE);
        if (!t.isObject() || t.get("user") == null) {
            throw new ComptoirException.InvalidInput(file + ": " + where + " needs a 'user' message");
        }
        keys(file, where + ".", t, TURN);
        JsonNode e = t.get("expect");
        if (e == null || e.isNull()) return new Scenario.Step(t.get("user").asText(), Scenario.Expect.NONE);
        keys(file, where + ".expect.", e, EXPECT);
        Map<String, JsonNode> slots = new LinkedHashMap<>();
        if (e.get("slots") != null) e.get("slots").fields().forEachRemaining(x -> slots.put(x.getKey(), x.getValue()));
        String stage = text(e, "stage");
        if (stage != null && !Set.of("welcome", "intake", "answer", "cta", "closed").contains(stage)) {
            throw new ComptoirException.InvalidInput(file + ": " + where + ".expect.stage '" + stage
                    + "'; expected one of welcome, intake, answer, cta, closed");
        }
        return new Scenario.Step(t.get("user").asText(), new Scenario.Expect(stage, list(e.get("reply_contains")),
                list(e.get("reply_not_contains")), slots, list(e.get("buttons_contain"))));
    }

    private static void keys(String file, String prefix, JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new ComptoirException.InvalidInput(file + ": unknown key '" + prefix + k + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static List<String> list(JsonNode n) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) return List.of(n.asText());
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant now(String file, JsonNode n) {
        if (n == null || n.isNull()) return Scenario.DEFAULT_NOW;
        String s = n.asText();
        try {
            return s.length() == 10 ? LocalDate.parse(s).atTime(10, 0).toInstant(ZoneOffset.UTC) : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new ComptoirException.InvalidInput(file + ": now '" + s + "' is not a date; write 2026-11-23 or 2026-11-23T10:00:00Z");
        }
    }

    private static EndReason end(String file, String s) {
        if (s == null) return null;
        for (EndReason r : EndReason.values()) if (r.wireName().equals(s.toLowerCase(Locale.ROOT))) return r;
        throw new ComptoirException.InvalidInput(file + ": end '" + s + "'; expected one of completed, abandoned, timeout, handoff");
    }
}
