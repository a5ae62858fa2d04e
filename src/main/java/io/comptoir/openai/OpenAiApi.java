package io.comptoir.openai;

import io.comptoir.engine.BotMessage;
import io.comptoir.http.Json;
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
 * the bots. The "-interne" models append the live CRM note in a collapsed details block, for team members only.
 */
public final class OpenAiApi {
    private static final String CHAT_ID_HEADER = "X-OpenWebUI-Chat-Id";

    private final ConversationService service;
    private final String apiKey;
    private final OpenAiConversations conversations;

    public OpenAiApi(ConversationService service, String apiKey) {
        this.service = service;
        this.apiKey = apiKey;
        this.conversations = new OpenAiConversations(service);
    }

    public void register(Javalin app) {
        app.before("/v1/*", this::authorize);
        app.get("/v1/models", ctx -> ctx.contentType("application/json")
                .result(Completions.models(modelIds(), 1_767_225_600L)));
        app.post("/v1/chat/completions", this::complete);
    }

    private void authorize(Context ctx) {
        if (apiKey == null || apiKey.isEmpty()) return;
        String h = ctx.header("Authorization");
        String token = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
        if (!Tokens.same(token, apiKey))
            throw new ServerErrors.Unauthorized("Incorrect API key provided: set the key given by COMPTOIR_OPENAI_KEY");
    }

    private List<String> modelIds() {
        List<String> ids = new ArrayList<>();
        for (ServedBot b : service.bots().all()) {
            ids.add(new ModelName(b.id(), false).id());
            ids.add(new ModelName(b.id(), true).id());
        }
        return ids;
    }

    private void complete(Context ctx) throws Exception {
        ChatRequest req = ChatRequest.parse(Json.body(ctx));
        ModelName model = ModelName.parse(req.model(), service.bots());
        ServedBot bot = service.bots().get(model.botId());
        String chatId = blankToNull(ctx.header(CHAT_ID_HEADER));
        String content = Housekeeping.isTask(req.last())
                ? Housekeeping.answer(req.last(), context(bot, chatId))
                : converse(bot, model, chatId, req);
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

    private String converse(ServedBot bot, ModelName model, String chatId, ChatRequest req) {
        for (String m : req.userMessages())
            if (m.length() > io.comptoir.http.ServerSettings.MAX_MESSAGE_CHARS)
                throw new ServerErrors.TooLarge("a message has " + m.length() + " characters; the limit is "
                        + io.comptoir.http.ServerSettings.MAX_MESSAGE_CHARS);
        OpenAiConversations.Result r = conversations.handle(bot.id(), chatId, req.userMessages());
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

    private Housekeeping.Context context(ServedBot bot, String chatId) {
        Optional<ConversationRecord> row = conversations.find(bot.id(), chatId);
        if (row.isEmpty()) return new Housekeeping.Context(bot.name(), null, List.of());
        List<String> buttons = List.of();
        for (TurnLine l : service.store().lines(row.get().id())) if (l.role() == TurnLine.Role.BOT) buttons = l.buttons();
        return new Housekeeping.Context(bot.name(), Housekeeping.need(Json.parse(row.get().noteJson())), buttons);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
