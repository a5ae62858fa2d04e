package io.comptoir.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.ComptoirException;
import io.comptoir.server.ConversationService;
import io.comptoir.server.Opened;
import io.comptoir.server.Reply;
import io.comptoir.server.ServerErrors;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.TurnLine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/** The client channel used by the widget: open a conversation, post messages, read it back, rate it. */
final class ClientApi {
    private final ConversationService service;
    private final Auth auth;
    private final RateLimiter limiter;

    ClientApi(ConversationService service, Auth auth, RateLimiter limiter) {
        this.service = service;
        this.auth = auth;
        this.limiter = limiter;
    }

    void register(Javalin app) {
        app.post("/api/bots/{bot}/conversations", this::open);
        app.post("/api/conversations/{id}/messages", this::post);
        app.get("/api/conversations/{id}", this::get);
        app.post("/api/conversations/{id}/csat", this::csat);
        app.get("/api/bots", ctx -> ctx.json(service.bots().all().stream()
                .map(b -> new BotInfo(b.id(), b.name(), b.language())).toList()));
    }

    record BotInfo(String id, String name, String language) {}

    private void open(Context ctx) {
        limiter.check(ctx.ip());
        Opened o = service.open(ctx.pathParam("bot"), "widget", null);
        Reply r = o.welcome();
        ctx.status(201).json(new Wire.Opened(o.conversationId(), o.token(), ctx.pathParam("bot"),
                Wire.messages(r.messages()), r.stage(), r.ended()));
    }

    private void post(Context ctx) {
        // Size first: an oversized message is refused before anything is read from or written to the store.
        JsonNode body = Json.body(ctx);
        String text = text(body);
        limiter.check(ctx.ip());
        ConversationRecord row = service.forTurn(ctx.pathParam("id"));
        auth.requireClient(ctx, row);
        Reply r = service.post(row, text, clientMessageId(ctx, body));
        ctx.json(new Wire.Turn(Wire.messages(r.messages()), r.stage(), r.ended()));
    }

    private void get(Context ctx) {
        ConversationRecord row = service.find(ctx.pathParam("id"));
        auth.requireClient(ctx, row);
        List<TurnLine> lines = service.store().lines(row.id());
        ctx.json(new Wire.Transcript(row.id(), row.botId(), row.stage(), row.ended(), Wire.lines(lines)));
    }

    private void csat(Context ctx) {
        JsonNode body = Json.body(ctx);
        ConversationRecord row = service.find(ctx.pathParam("id"));
        auth.requireClient(ctx, row);
        JsonNode score = body.path("score");
        if (!score.isInt()) throw new ComptoirException.InvalidInput("'score' must be an integer from 1 to 5");
        String comment = body.path("comment").isTextual() ? body.path("comment").asText() : null;
        if (comment != null && comment.length() > 2000)
            throw new ServerErrors.TooLarge("the comment is longer than 2000 characters");
        service.rate(row.id(), score.asInt(), comment);
        ctx.status(204);
    }

    /** The sender's id for this message (body "client_message_id", else an Idempotency-Key header), or null. */
    private static String clientMessageId(Context ctx, JsonNode body) {
        JsonNode id = body.path("client_message_id");
        if (id.isMissingNode() || id.isNull()) return ctx.header("Idempotency-Key");
        if (!id.isTextual()) throw new ComptoirException.InvalidInput("'client_message_id' must be a string");
        return id.asText();
    }

    static String text(JsonNode body) {
        JsonNode t = body.path("text");
        if (!t.isTextual()) throw new ComptoirException.InvalidInput("the body needs a 'text' string: {\"text\": \"...\"}");
        String text = t.asText();
        if (text.length() > ServerSettings.MAX_MESSAGE_CHARS)
            throw new ServerErrors.TooLarge("the message has " + text.length() + " characters; the limit is "
                    + ServerSettings.MAX_MESSAGE_CHARS + ". Please send a shorter message.");
        return text;
    }
}
