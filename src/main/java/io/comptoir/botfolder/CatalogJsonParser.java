package io.comptoir.botfolder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CatalogSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code catalog.json}, an array of objects whose keys are the catalog columns. To type and check values
 * exactly like catalog.csv, each object becomes one CSV row handed to {@link CatalogCsvParser}; the problems'
 * line numbers are then mapped back to the line where each object starts in the JSON file.
 */
public final class CatalogJsonParser {
    private CatalogJsonParser() {}

    /** One object: its fields as text and the JSON line it starts on. */
    private record JsonRow(int line, Map<String, String> values) {}

    public static List<CatalogItem> parse(String fileName, String content, CatalogSchema schema, List<Problem> problems) {
        List<JsonRow> rows = new ArrayList<>();
        int arrayLine;
        try (JsonParser p = new JsonFactory().createParser(content)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new Problem(fileName, 1, "a JSON catalog is a list of items: [{\"id\": \"...\", "
                        + "\"name\": \"...\"}, ...]"));
                return List.of();
            }
            arrayLine = p.currentTokenLocation().getLineNr();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonRow row = object(fileName, p, problems);
                if (row != null) rows.add(row);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new Problem(fileName, Math.max(1, line), "JSON syntax error: " + e.getOriginalMessage()
                    .replaceAll("\\s+", " ") + "; check the commas, quotes and brackets around this line"));
            return List.of();
        } catch (IOException e) {
            problems.add(new Problem(fileName, 1, "unreadable JSON: " + e.getMessage()));
            return List.of();
        }
        Set<String> columns = new LinkedHashSet<>();
        schema.columns().forEach(c -> columns.add(c.name()));
        rows.forEach(r -> columns.addAll(r.values().keySet()));
        // Only the columns some item uses: a declared column that no item has is simply empty.
        List<String> header = columns.stream().filter(c -> rows.stream().anyMatch(r -> r.values().containsKey(c))
                || schema.column(c).isEmpty()).toList();
        List<String> used = new ArrayList<>(header);
        for (String required : List.of("id", "name")) if (!used.contains(required)) used.add(required);
        StringBuilder csv = new StringBuilder(csvLine(used)).append('\n');
        for (JsonRow r : rows) csv.append(csvLine(used.stream().map(c -> r.values().getOrDefault(c, "")).toList())).append('\n');
        List<Problem> csvProblems = new ArrayList<>();
        CatalogSchema usedSchema = new CatalogSchema(schema.columns().stream().filter(c -> used.contains(c.name())).toList());
        List<CatalogItem> items = CatalogCsvParser.parse(fileName, csv.toString(), usedSchema, csvProblems);
        for (Problem pr : csvProblems) {
            int line = pr.line() <= 1 ? arrayLine : rows.get(Math.min(rows.size(), pr.line() - 1) - 1).line();
            problems.add(new Problem(fileName, line, pr.message().replace("the header", "the items")));
        }
        return items;
    }

    private static JsonRow object(String fileName, JsonParser p, List<Problem> problems) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        Map<String, String> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                problems.add(new Problem(fileName, p.currentTokenLocation().getLineNr(), "'" + key + "' must be a "
                        + "single value (text, number, true or false), not a list or an object"));
                p.skipChildren();
                continue;
            }
            if (t != JsonToken.VALUE_NULL) values.put(key, p.getText().replaceAll("[\\r\\n]+", " "));
        }
        return new JsonRow(line, values);
    }

    private static String csvLine(List<String> values) {
        return String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList());
    }
}
