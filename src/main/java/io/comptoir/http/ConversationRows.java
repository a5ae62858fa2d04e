package io.comptoir.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.server.ConversationService;
import io.comptoir.store.ConversationFilter;
import io.comptoir.store.ConversationRecord;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * The console's conversation list, one readable row per conversation (GET /api/internal/conversation-rows):
 * contact, need, qualification, call to action and its status, flags, date and bot, all in the note's words,
 * with the filters of the list (bot, status, qualification, flag, period, search) and pages.
 */
final class ConversationRows {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final int PAGE = 25;
    /** A flag is matched coarsely in SQL and exactly here, so its page is cut from at most this many rows. */
    static final int FLAG_SCAN = 5000;

    private final ConversationService service;

    ConversationRows(ConversationService service) {
        this.service = service;
    }

    void register(Javalin app) {
        app.get("/api/internal/conversation-rows", this::rows);
    }

    private void rows(Context ctx) {
        ConversationFilter base = InternalApi.filter(ctx);
        String flag = ctx.queryParam("flag") == null || ctx.queryParam("flag").isBlank() ? null : ctx.queryParam("flag").trim();
        int limit = Math.max(1, Math.min(200, ctx.queryParam("limit") == null ? PAGE : base.limit()));
        int offset = Math.max(0, base.offset());
        List<ConversationRecord> found;
        if (flag == null) {
            found = service.store().list(page(base, null, limit + 1, offset));
        } else {
            List<ConversationRecord> all = service.store().list(page(base, flag, FLAG_SCAN, 0)).stream()
                    .filter(r -> hasFlag(Json.parse(r.noteJson()), flag)).toList();
            found = all.subList(Math.min(offset, all.size()), Math.min(offset + limit + 1, all.size()));
        }
        ObjectNode out = F.objectNode();
        ArrayNode rows = out.putArray("rows");
        found.stream().limit(limit).forEach(r -> rows.add(row(r)));
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("has_more", found.size() > limit);
        ctx.json(out);
    }

    private static ConversationFilter page(ConversationFilter f, String flag, int limit, int offset) {
        return new ConversationFilter(f.botId(), f.status(), f.from(), f.to(), f.qualification(), f.search(), limit,
                offset, flag);
    }

    static boolean hasFlag(JsonNode note, String flag) {
        for (JsonNode f : note.path("flags")) if (flag.equals(f.asText())) return true;
        return false;
    }

    /** One row: ids for links and filters, labels for people (from the note, in the bot's language). */
    static ObjectNode row(ConversationRecord r) {
        JsonNode n = r.noteJson() == null ? F.objectNode() : Json.parse(r.noteJson());
        ObjectNode o = F.objectNode();
        o.put("conversation_id", r.id());
        o.put("bot", r.botId());
        o.put("bot_name", n.path("bot_name").asText(r.botId()));
        o.put("status", r.status());
        o.put("started_at", r.startedAt().toString());
        o.put("updated_at", r.updatedAt().toString());
        o.put("heading", n.path("heading").asText(null));
        JsonNode c = n.path("contact");
        o.putObject("contact").put("name", text(c, "name")).put("email", text(c, "email")).put("phone", text(c, "phone"));
        o.put("need", need(n));
        o.put("qualification", r.qualification());
        o.put("qualification_label", text(n.path("qualification"), "status_label"));
        o.put("score", n.path("qualification").path("score").isInt() ? n.path("qualification").path("score").asInt() : null);
        o.put("cta_type", text(n.path("cta"), "type"));
        o.put("cta_label", text(n.path("cta"), "type_label"));
        o.put("cta_status", text(n.path("cta"), "status"));
        o.put("cta_status_label", text(n.path("cta"), "status_label"));
        o.put("next_action", text(n.path("next_action"), "action"));
        ArrayNode flags = o.putArray("flags");
        n.path("flags").forEach(f -> flags.addObject().put("id", f.asText())
                .put("label", n.path("flag_labels").path(f.asText()).asText(f.asText())));
        o.put("turns", r.turnCount());
        return o;
    }

    /** The need as its option label (first choice answered), else the client's words. */
    private static String need(JsonNode n) {
        for (JsonNode a : n.path("answer_labels")) if (!a.path("value").asText("").isEmpty()) return a.path("value").asText();
        return text(n, "need");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
