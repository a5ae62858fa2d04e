package io.comptoir.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import io.comptoir.server.ConversationService;
import io.comptoir.server.Inputs;
import io.comptoir.server.Erasure;
import io.comptoir.store.ConversationFilter;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.ErasureAudit;
import io.comptoir.store.TurnLine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The team's API under /api/internal: lists, transcripts with notes, exports, erasure and shop events. */
final class InternalApi {
    private static final Logger LOG = LoggerFactory.getLogger(InternalApi.class);

    private final ConversationService service;
    private final Auth auth;
    private final Erasure erasure;

    InternalApi(ConversationService service, Auth auth) {
        this.service = service;
        this.auth = auth;
        this.erasure = new Erasure(service, new ErasureAudit(service.store().jdbi()), java.time.Clock.systemUTC());
    }

    void register(Javalin app) {
        app.before("/api/internal/*", auth::requireInternal);
        app.get("/api/internal/whoami", ctx -> ctx.json(Map.of("role", "team")));
        app.get("/api/internal/bots", ctx -> ctx.json(service.bots().all().stream()
                .map(b -> new ClientApi.BotInfo(b.id(), b.name(), b.language())).toList()));
        app.get("/api/internal/conversations", ctx -> ctx.json(service.store().list(filter(ctx)).stream()
                .map(Wire::summary).toList()));
        new ConversationRows(service).register(app);
        app.get("/api/internal/conversations/{id}", this::conversation);
        app.delete("/api/internal/conversations/{id}", this::erase);
        app.post("/api/internal/erasure", this::eraseContact);
        app.get("/api/internal/erasures", ctx -> ctx.json(Map.of("entries", erasure.latest(intParam(ctx, "limit", 100)))));
        app.get("/api/internal/notes/export", ctx -> NotesExport.write(ctx, service.store().list(filter(ctx))));
        app.post("/api/internal/events", this::event);
    }

    record Detail(Wire.Summary conversation, List<Wire.Line> transcript, JsonNode note, String noteMarkdown,
                  String csatComment) {}

    private void conversation(Context ctx) {
        ConversationRecord row = service.find(ctx.pathParam("id"));
        List<TurnLine> lines = service.store().lines(row.id());
        if ("md".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/markdown; charset=utf-8").result(TranscriptMarkdown.render(row, lines, service.noteMarkdown(row)));
            return;
        }
        ctx.json(new Detail(Wire.summary(row), Wire.lines(lines), Json.parse(row.noteJson()), service.noteMarkdown(row),
                row.csatComment()));
    }

    private void erase(Context ctx) {
        String id = ctx.pathParam("id");
        if (!erasure.eraseConversation(id, actor(ctx), ctx.ip()))
            throw new ComptoirException.NotFound("no conversation '" + id + "'");
        LOG.info("erased conversation {}", id);
        ctx.status(204);
    }

    private void eraseContact(Context ctx) {
        JsonNode body = Json.body(ctx);
        JsonNode dry = body.path("dry_run");
        if (!dry.isMissingNode() && !dry.isBoolean())
            throw new ComptoirException.InvalidInput("'dry_run' must be true or false");
        var result = erasure.eraseContact(new Erasure.Request(string(body, "email"), string(body, "phone"),
                dry.asBoolean(false), actor(ctx), ctx.ip()));
        // The count and kind only: the value itself never reaches the log.
        LOG.info("erasure{} by {}: {} conversation(s) linked to the {} given", result.dryRun() ? " (dry run)" : "",
                actor(ctx), result.conversationIds().size(), result.kind());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(result.dryRun() ? "would_erase" : "erased", result.conversationIds().size());
        out.put("dry_run", result.dryRun());
        out.put("conversation_ids", result.conversationIds());
        ctx.json(out);
    }

    /** Who asks, for the audit log: the X-Comptoir-Actor header (the console sends the team member's name). */
    private static String actor(Context ctx) { return ctx.header("X-Comptoir-Actor"); }

    /** A string field, null when absent; any other JSON type is a 400, never read as text. */
    private static String string(JsonNode body, String field) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isTextual()) throw new ComptoirException.InvalidInput("'" + field + "' must be a string");
        return n.asText();
    }

    private void event(Context ctx) {
        JsonNode body = Json.body(ctx);
        if (!"purchase".equals(body.path("type").asText()))
            throw new ComptoirException.InvalidInput("only {\"type\": \"purchase\"} events can be posted");
        String id = string(body, "conversation_id");
        if (id == null) throw new ComptoirException.InvalidInput("'conversation_id' is required");
        JsonNode rawAmount = body.path("amount");
        if (!rawAmount.isNumber() && !rawAmount.isTextual())
            throw new ComptoirException.InvalidInput("'amount' must be a number, e.g. 1299.90");
        BigDecimal amount;
        try {
            // Text keeps the exact decimals; a huge exponent ("1e999999999") is refused by the bounds below.
            String text = rawAmount.isTextual() ? rawAmount.asText() : rawAmount.decimalValue().toString();
            amount = new BigDecimal(text.length() > 40 ? "x" : text);
        } catch (NumberFormatException e) {
            throw new ComptoirException.InvalidInput("'amount' must be a number, e.g. 1299.90");
        }
        String currency = body.path("currency").asText("EUR");
        if (!currency.matches("[A-Z]{3}")) throw new ComptoirException.InvalidInput("'currency' must be an ISO code like EUR");
        String at = string(body, "at");
        service.purchase(id, amount, currency, at == null ? null : instant(at));
        ctx.status(201).json(Map.of("conversation_id", id, "type", "purchase"));
    }

    static ConversationFilter filter(Context ctx) {
        return new ConversationFilter(blank(ctx.queryParam("bot")), blank(ctx.queryParam("status")),
                date(ctx.queryParam("from"), 0), date(ctx.queryParam("to"), 1), blank(ctx.queryParam("qualification")),
                blank(ctx.queryParam("q")), intParam(ctx, "limit", 200), intParam(ctx, "offset", 0));
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : Inputs.clean(s.trim()); }

    /** A day (YYYY-MM-DD, inclusive; {@code plusDays} 1 for an end date) or an ISO instant. */
    private static Instant date(String s, int plusDays) {
        if (blank(s) == null) return null;
        try {
            if (s.length() == 10) return LocalDate.parse(s).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new ComptoirException.InvalidInput("dates are YYYY-MM-DD or ISO instants, got '" + s + "'");
        }
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new ComptoirException.InvalidInput("'at' must be an ISO instant like 2026-01-31T10:00:00Z");
        }
    }

    private static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new ComptoirException.InvalidInput("'" + name + "' cannot be negative");
            return n;
        } catch (NumberFormatException e) {
            throw new ComptoirException.InvalidInput("'" + name + "' must be an integer");
        }
    }
}
