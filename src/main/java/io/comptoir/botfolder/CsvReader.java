package io.comptoir.botfolder;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 reader: commas, double-quoted fields with "" escapes and line breaks; keeps line numbers. */
final class CsvReader {
    /** One record and the 1-based line it starts on. */
    record Row(int line, List<String> values) {}

    private CsvReader() {}

    /** Every non-blank record, in order. */
    static List<Row> read(String content) {
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Row> rows = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                any = true;
                field.setLength(0);
            } else if (ch == ',') {
                values.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                end(rows, values, field, any, start);
                values = new ArrayList<>();
                any = false;
                line++;
                start = line;
            } else {
                field.append(ch);
                if (!Character.isWhitespace(ch)) any = true;
            }
        }
        end(rows, values, field, any, start);
        return rows;
    }

    private static void end(List<Row> rows, List<String> values, StringBuilder field, boolean any, int line) {
        if (any) {
            values.add(field.toString());
            rows.add(new Row(line, List.copyOf(values)));
        }
        field.setLength(0);
    }
}
