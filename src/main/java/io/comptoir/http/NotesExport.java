package io.comptoir.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import io.comptoir.store.ConversationRecord;
import io.javalin.http.Context;
import java.util.List;

/** Exports notes as CSV (one flat row per conversation, for spreadsheets and CRMs) or JSON lines (the whole note). */
final class NotesExport {
    private static final String[] HEADER = {"conversation_id", "bot", "status", "started_at", "qualification",
            "score", "contact_name", "email", "phone", "company", "need", "summary", "cta_type", "cta_status",
            "next_action", "next_action_owner", "next_action_due", "csat"};

    private NotesExport() {}

    static void write(Context ctx, List<ConversationRecord> rows) {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
        if (format.equals("jsonl")) {
            StringBuilder out = new StringBuilder();
            for (ConversationRecord r : rows) if (r.noteJson() != null) out.append(Json.parse(r.noteJson())).append('\n');
            ctx.contentType("application/x-ndjson; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"notes.jsonl\"").result(out.toString());
        } else if (format.equals("csv")) {
            StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
            for (ConversationRecord r : rows) out.append(csvRow(r)).append("\r\n");
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"notes.csv\"").result(out.toString());
        } else {
            throw new ComptoirException.InvalidInput("format must be csv or jsonl");
        }
    }

    private static String csvRow(ConversationRecord r) {
        JsonNode n = Json.parse(r.noteJson());
        String[] v = {r.id(), r.botId(), r.status(), String.valueOf(r.startedAt()), r.qualification(),
                text(n.path("qualification").path("score")), text(n.path("contact").path("name")), r.contactEmail(),
                r.contactPhone(), text(n.path("contact").path("company")), text(n.path("need")),
                text(n.path("summary")), text(n.path("cta").path("type")), text(n.path("cta").path("status")),
                text(n.path("next_action").path("action")), text(n.path("next_action").path("owner")),
                text(n.path("next_action").path("due")), r.csat() == null ? "" : r.csat().toString()};
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) row.append(',');
            row.append(cell(v[i]));
        }
        return row.toString();
    }

    private static String text(JsonNode n) { return n.isMissingNode() || n.isNull() ? "" : n.asText(); }

    /** RFC 4180 quoting, and a leading quote on formula-like cells so spreadsheets do not execute them. */
    private static String cell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r"))
            return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
