package io.comptoir.openai;

import io.comptoir.ComptoirException;
import io.comptoir.engine.BotMessage;
import io.comptoir.http.Json;
import io.comptoir.http.ServerSettings;
import io.comptoir.server.ConversationService;
import io.comptoir.server.ServedBot;
import io.comptoir.server.ServerErrors;
import io.comptoir.server.Tokens;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.TurnLine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OpenAI-compatible API (/v1/models, /v1/chat/completions), so Open WebUI or any OpenAI client can talk to
 * the bots. The "-interne" models append the live CRM note in a collapsed details block, for the team only.
 * Every /v1 error, unknown paths included, has the OpenAI error shape (written by the server's ErrorMapping).
 */
public final class OpenAiApi {
    private static final String CHAT_ID_HEADER = "X-OpenWebUI-Chat-Id";
    private static final String USER_ID_HEADER = "X-OpenWebUI-User-Id";
    /** The length of the external_key column: a longer id cannot have been Open WebUI's. */
    static final int MAX_ID_CHARS = 200;
    /** Open WebUI sends up to five requests per turn (the chat and its tasks), from one address with one key. */
    static final int REQUESTS_PER_CLIENT_MESSAGE = 10;
    private static final long MODELS_CREATED = 1_767_225_600L;
    private static final String ACCESS = "comptoir.v1.access";

    private final ConversationService service;
    private final Credentials credentials;
    private final RateLimits limits;
    private final HistoryConversations conversations;

    public OpenAiApi(ConversationService service, ServerSettings settings) {
        this.service = service;
        this.credentials = new Credentials(settings);
        this.limits = new RateLimits(settings.rateLimitPerMinute() * REQUESTS_PER_CLIENT_MESSAGE);
        this.conversations = new HistoryConversations(service);
    }

    public void register(Javalin app) {
        app.before("/v1/*", this::admit);
        app.get("/v1/models", ctx -> ctx.contentType("application/json")
                .result(Completions.models(models(access(ctx)), MODELS_CREATED)));
        app.get("/v1/models/{id}", this::model);
        app.post("/v1/chat/completions", this::complete);
        // Registered last, so they only take what the routes above do not (Javalin picks the first match).
        for (var method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            app.addHttpHandler(io.javalin.http.HandlerType.valueOf(method), "/v1/*", ctx -> {
                throw new ComptoirException.NotFound("Unknown request URL: " + ctx.method() + " " + ctx.path()
                        + ". Comptoir serves GET /v1/models, GET /v1/models/{id} and POST /v1/chat/completions");
            });
        }
    }

    /** Rate (per key and per address) first, so that refused requests cost nothing; then the credential. */
    private void admit(Context ctx) {
        String bearer = Credentials.bearer(ctx.header("Authorization"));
        long wait = limits.take("key:" + (bearer == null ? "-" : Tokens.hash(bearer)), "ip:" + ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ServerErrors.RateLimited("Rate limit reached for /v1: retry in " + wait + " s");
        }
        ctx.attribute(ACCESS, credentials.of(bearer));
    }

    private static Credentials.Access access(Context ctx) { return ctx.attribute(ACCESS); }

    private List<Completions.Model> models(Credentials.Access access) {
        List<Completions.Model> out = new ArrayList<>();
        for (ServedBot b : service.bots().all()) {
            out.add(describe(new ModelName(b.id(), false)));
            if (access == Credentials.Access.TEAM) out.add(describe(new ModelName(b.id(), true)));
        }
        return out;
    }

    private Completions.Model describe(ModelName m) {
        ServedBot b = service.bots().get(m.botId());
        return new Completions.Model(m.id(), m.internal()
                ? b.name() + " · " + Labels.get(b.language(), "openai.note.summary") : b.name());
    }

    private void model(Context ctx) {
        ModelName m = permitted(ctx, ctx.pathParam("id"));
        ctx.contentType("application/json").result(Completions.model(describe(m), MODELS_CREATED));
    }

    private ModelName permitted(Context ctx, String model) {
        ModelName m = ModelName.parse(model, service.bots());
        if (m.internal()) Credentials.requireTeam(access(ctx), Credentials.bearer(ctx.header("Authorization")), model);
        return m;
    }

    private void complete(Context ctx) throws Exception {
        long declared = ctx.req().getContentLengthLong();
        if (declared > ChatRequest.MAX_BYTES || ctx.bodyAsBytes().length > ChatRequest.MAX_BYTES)
            throw new ServerErrors.TooLarge("the request body is over " + ChatRequest.MAX_BYTES + " bytes");
        ChatRequest req = ChatRequest.parse(Json.body(ctx));
        ModelName model = permitted(ctx, req.model());
        ServedBot bot = service.bots().get(model.botId());
        var scope = new HistoryConversations.Scope(bot.id(), id(ctx, USER_ID_HEADER), id(ctx, CHAT_ID_HEADER));
        String content = req.task() != null
                ? Housekeeping.answer(req.task(), req.lastPrompt(), context(bot, scope))
                : converse(bot, model, scope, req);
        String id = "chatcmpl-" + Tokens.random(12);
        long created = System.currentTimeMillis() / 1000;
        if (!req.stream()) {
            ctx.contentType("application/json")
                    .result(Completions.completion(id, created, model.id(), content, req.promptWords()));
            return;
        }
        ctx.status(200);
        ctx.res().setContentType("text/event-stream; charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        Completions.stream(out, id, created, model.id(), content, req.promptWords(), req.includeUsage());
    }

    private String converse(ServedBot bot, ModelName model, HistoryConversations.Scope scope, ChatRequest req) {
        HistoryConversations.Result r = conversations.handle(scope, req.userMessages());
        StringBuilder text = new StringBuilder(render(r.shown()));
        if (model.internal()) {
            String md = bot.notes().markdown(r.reply().state());
            text.append("\n\n<details>\n<summary>").append(Labels.get(bot.language(), "openai.note.summary"))
                    .append("</summary>\n\n").append(md.strip()).append("\n\n</details>");
        }
        return text.toString();
    }

    /** Messages as Markdown: paragraphs, and the quick replies as a list the user can copy. */
    static String render(List<BotMessage> messages) {
        StringBuilder sb = new StringBuilder();
        for (BotMessage m : messages) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(m.text());
            if (!m.buttons().isEmpty()) {
                sb.append("\n");
                for (String b : m.buttons()) sb.append("\n- ").append(b);
            }
        }
        return sb.toString();
    }

    private Housekeeping.Context context(ServedBot bot, HistoryConversations.Scope scope) {
        Optional<ConversationRecord> row = conversations.latest(scope);
        if (row.isEmpty()) return new Housekeeping.Context(bot.name(), null, List.of());
        List<String> buttons = List.of();
        for (TurnLine l : service.store().lines(row.get().id())) if (l.role() == TurnLine.Role.BOT) buttons = l.buttons();
        return new Housekeeping.Context(bot.name(), Housekeeping.need(Json.parse(row.get().noteJson())), buttons);
    }

    /** A forwarded Open WebUI id, or null; one longer than the column is a bad request, not a server error. */
    private static String id(Context ctx, String header) {
        String v = ctx.header(header);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_ID_CHARS)
            throw new ComptoirException.InvalidInput(header + " has " + v.length() + " characters; the limit is "
                    + MAX_ID_CHARS);
        return v.trim();
    }
}
