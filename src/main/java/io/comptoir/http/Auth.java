package io.comptoir.http;

import io.comptoir.server.ServerErrors;
import io.comptoir.server.Tokens;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.ConversationStore;
import io.javalin.http.Context;

/** Bearer checks: a client token opens its own conversation only; the internal key opens the internal API. */
final class Auth {
    private final String internalKey;
    private final ConversationStore store;

    Auth(String internalKey, ConversationStore store) {
        this.internalKey = internalKey;
        this.store = store;
    }

    static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String t = h.substring(7).trim();
        return t.isEmpty() ? null : t;
    }

    /** 401 without a key or with a wrong one; 403 with a valid client token, which never opens internal data. */
    void requireInternal(Context ctx) {
        String token = bearer(ctx);
        if (token == null) throw new ServerErrors.Unauthorized("the internal API needs 'Authorization: Bearer <internal API key>'");
        if (Tokens.same(token, internalKey)) return;
        if (store.isClientToken(Tokens.hash(token)))
            throw new ServerErrors.Forbidden("a conversation token cannot open the internal API");
        throw new ServerErrors.Unauthorized("wrong internal API key");
    }

    /** The conversation's own token is required; any other token gets the same 404 as a missing conversation. */
    void requireClient(Context ctx, ConversationRecord conversation) {
        String token = bearer(ctx);
        if (token == null) throw new ServerErrors.Unauthorized("this endpoint needs 'Authorization: Bearer <conversation token>'");
        if (!Tokens.same(Tokens.hash(token), conversation.tokenHash()))
            throw new ServerErrors.Forbidden("this token does not open this conversation");
    }
}
