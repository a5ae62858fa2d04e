package io.comptoir.http;

import io.comptoir.server.BotRegistry;
import io.comptoir.server.ServerErrors;
import io.comptoir.store.ConversationStore;
import io.javalin.http.Context;

/**
 * CORS for the widget's client API, with an allow-list per bot: the bot is read from the path, or from the
 * conversation the path names. Requests from the server's own origin, or without an Origin, always pass.
 */
final class Cors {
    private final BotRegistry bots;
    private final ConversationStore store;

    Cors(BotRegistry bots, ConversationStore store) {
        this.bots = bots;
        this.store = store;
    }

    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals(ctx.scheme() + "://" + ctx.host())) return;
        String botId = botOf(ctx.path());
        boolean publicList = ctx.path().equals("/api/bots");
        if (!publicList && (botId == null || !bots.has(botId) || !bots.get(botId).allowsOrigin(origin)))
            throw new ServerErrors.Forbidden("origin " + origin + " is not allowed to use this bot's widget");
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Max-Age", "600");
    }

    private String botOf(String path) {
        String[] p = path.split("/");
        // /api/bots/{bot}/conversations  or  /api/conversations/{id}/...
        if (p.length > 3 && p[2].equals("bots")) return p[3];
        if (p.length > 3 && p[2].equals("conversations")) return store.find(p[3]).map(r -> r.botId()).orElse(null);
        return null;
    }
}
