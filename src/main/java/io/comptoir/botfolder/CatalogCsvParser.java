package io.comptoir.botfolder;

import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.CatalogSchema.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code catalog.csv} (comma-separated, UTF-8, quoted fields allowed) into typed items, following the
 * columns declared in bot.yaml. Every problem names the line and the fix; rows with problems are skipped so that
 * one author mistake is reported once, not as a cascade.
 */
public final class CatalogCsvParser {
    private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d{1,2})?");

    private CatalogCsvParser() {}

    public static List<CatalogItem> parse(String fileName, String content, CatalogSchema schema,
                                          List<Problem> problems) {
        List<CsvReader.Row> rows = CsvReader.read(content == null ? "" : content);
        if (rows.isEmpty()) {
            problems.add(new Problem(fileName, 0, "the file is empty; write a header row (id,name,...) and one row "
                    + "per item, or delete the file"));
            return List.of();
        }
        if (schema == null || schema.columns().isEmpty()) {
            problems.add(new Problem(fileName, rows.get(0).line(), "no column is declared in bot.yaml; add a "
                    + "'catalog: columns:' section typing every column of the header"));
            return List.of();
        }
        CsvReader.Row header = rows.get(0);
        List<Column> columns = header(fileName, header, schema, problems);
        if (columns == null) return List.of();
        List<CatalogItem> items = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            readRow(fileName, row, columns, problems).ifPresent(item -> {
                Integer previous = idLines.putIfAbsent(item.id(), row.line());
                if (previous != null) {
                    problems.add(new Problem(fileName, row.line(), "id '" + item.id() + "' is already used at line "
                            + previous + "; give each item its own id"));
                } else {
                    items.add(item);
                }
            });
        }
        if (items.isEmpty() && idLines.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(fileName))) {
            problems.add(new Problem(fileName, header.line(), "the catalog has a header but no item; add one row per "
                    + "item"));
        }
        return List.copyOf(items);
    }

    /** Checks the header against the schema; null when it cannot be used. */
    private static List<Column> header(String file, CsvReader.Row header, CatalogSchema schema,
                                       List<Problem> problems) {
        List<Column> columns = new ArrayList<>();
        boolean ok = true;
        for (String raw : header.values()) {
            String name = raw.trim();
            Optional<Column> column = schema.column(name);
            if (column.isEmpty()) {
                problems.add(new Problem(file, header.line(), "column '" + name + "' is not declared in bot.yaml "
                        + "catalog.columns; declare it (for example '" + (name.isEmpty() ? "colour" : name)
                        + ": text') or remove it from the header"));
                ok = false;
            } else if (columns.contains(column.get())) {
                problems.add(new Problem(file, header.line(), "column '" + name + "' appears twice in the header; "
                        + "keep one"));
                ok = false;
            } else {
                columns.add(column.get());
            }
        }
        for (Column declared : schema.columns()) {
            if (!columns.contains(declared) && header.values().stream().noneMatch(v -> v.trim().equals(declared.name()))) {
                problems.add(new Problem(file, header.line(), "column '" + declared.name() + "' is declared in "
                        + "bot.yaml catalog.columns but missing from the header; add it or remove the declaration"));
                ok = false;
            }
        }
        for (String required : List.of("id", "name")) {
            if (schema.column(required).isEmpty() && header.values().stream().noneMatch(v -> v.trim().equals(required))) {
                problems.add(new Problem(file, header.line(), "the header has no '" + required + "' column; every "
                        + "catalog needs 'id' and 'name'"));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static Optional<CatalogItem> readRow(String file, CsvReader.Row row, List<Column> columns,
                                                 List<Problem> problems) {
        if (row.values().size() != columns.size()) {
            problems.add(new Problem(file, row.line(), "this row has " + row.values().size() + " values but the "
                    + "header has " + columns.size() + " columns; check for a missing or extra comma (put values "
                    + "that contain a comma in double quotes)"));
            return Optional.empty();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        boolean ok = true;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String value = row.values().get(c).trim();
            if (value.isEmpty()) continue;
            Object typed = typed(file, row.line(), column, value, problems);
            if (typed == null) ok = false;
            else attributes.put(column.name(), typed);
        }
        Object id = attributes.get("id");
        Object name = attributes.get("name");
        if (ok && (id == null || name == null)) {
            problems.add(new Problem(file, row.line(), "this row has no " + (id == null ? "id" : "name")
                    + "; every item needs an id and a name"));
            return Optional.empty();
        }
        return ok ? Optional.of(new CatalogItem(id.toString(), name.toString(), attributes)) : Optional.empty();
    }

    /** The typed value, or null after adding a problem. */
    private static Object typed(String file, int line, Column column, String value, List<Problem> problems) {
        String where = column.name() + " '" + value + "'";
        return switch (column.type()) {
            case TEXT -> value;
            case MONEY -> {
                BigDecimal money = money(value);
                if (money == null) problems.add(new Problem(file, line, where + " is not a number; write it like "
                        + "1299, 1299.90 or 1 299,90"));
                yield money;
            }
            case INTEGER -> {
                try {
                    yield Long.parseLong(value.replaceAll("[\\s\\u00A0\\u202F]", ""));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(file, line, where + " is not a whole number; write it like 12"));
                    yield null;
                }
            }
            case BOOLEAN -> {
                Boolean b = bool(value);
                if (b == null) problems.add(new Problem(file, line, where + " is not a yes/no value; write true or "
                        + "false (oui/non and yes/no also work)"));
                yield b;
            }
            case CHOICE -> {
                String choice = column.values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
                        .orElse(null);
                if (choice == null) problems.add(new Problem(file, line, where + " is not one of "
                        + String.join(", ", column.values()) + "; use one of them or add it to the values of '"
                        + column.name() + "' in bot.yaml catalog.columns"));
                yield choice;
            }
            case URL -> {
                if (value.startsWith("http://") || value.startsWith("https://")) yield value;
                problems.add(new Problem(file, line, where + " is not a web address; write it as https://..."));
                yield null;
            }
        };
    }

    /** Accepts 1299, 1299.90, 1 299,90 and an optional € or EUR; null when it is not a non-negative amount. */
    static BigDecimal money(String value) {
        String s = value.replaceAll("(?i)(€|eur)$", "").replaceAll("[\\s\\u00A0\\u202F]", "");
        if (s.matches("\\d+,\\d{1,2}")) s = s.replace(',', '.');
        return MONEY.matcher(s).matches() ? new BigDecimal(s) : null;
    }

    static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "yes", "vrai" -> Boolean.TRUE;
            case "false", "non", "no", "faux" -> Boolean.FALSE;
            default -> null;
        };
    }
}
