package io.comptoir.http;

import io.comptoir.server.ConversationService;
import io.javalin.Javalin;

/**
 * Lets another feature add routes to the server (e.g. the KPI dashboard under /console/dashboard and its
 * /api/internal/kpi endpoints, which the internal-key check already covers).
 */
public interface ServerExtension {
    void register(Javalin app, ConversationService service);
}
