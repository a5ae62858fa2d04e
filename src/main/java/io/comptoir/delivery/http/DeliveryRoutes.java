package io.comptoir.delivery.http;

import io.comptoir.ComptoirException;
import io.comptoir.delivery.Delivery;
import io.comptoir.delivery.DeliveryStatus;
import io.comptoir.delivery.jdbc.DeliveryStore;
import io.comptoir.server.ServerErrors;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /api/internal/deliveries: the list (pending, delivered, dead, with the last error) and resending one. */
final class DeliveryRoutes {
    private final DeliveryStore store;
    private final Clock clock;
    private final Runnable wake;

    DeliveryRoutes(DeliveryStore store, Clock clock, Runnable wake) {
        this.store = store;
        this.clock = clock;
        this.wake = wake;
    }

    void register(Javalin app) {
        app.get("/api/internal/deliveries", this::list);
        app.post("/api/internal/deliveries/{id}/resend", this::resend);
    }

    private void list(Context ctx) {
        String s = ctx.queryParam("status");
        DeliveryStatus status;
        try {
            status = s == null || s.isBlank() ? null : DeliveryStatus.of(s.strip());
        } catch (IllegalArgumentException e) {
            throw new ComptoirException.InvalidInput("'status' is pending, delivered or dead");
        }
        List<Map<String, Object>> out = store.list(status, number(ctx, "limit", 200), number(ctx, "offset", 0))
                .stream().map(DeliveryRoutes::wire).toList();
        ctx.json(out);
    }

    private void resend(Context ctx) {
        String id = ctx.pathParam("id");
        Delivery d = store.find(id).orElseThrow(() -> new ComptoirException.NotFound("no delivery '" + id + "'"));
        if (d.status() == DeliveryStatus.PENDING)
            throw new ServerErrors.Conflict("delivery '" + id + "' is already pending; it is sent at its next try");
        store.resend(id, clock.instant());
        wake.run();
        ctx.status(202).json(wire(store.find(id).orElseThrow()));
    }

    /** The delivery without its body (the note is in the conversation view). */
    static Map<String, Object> wire(Delivery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("conversation_id", d.conversationId());
        m.put("bot", d.botId());
        m.put("endpoint", d.endpoint());
        m.put("event", d.event());
        m.put("status", d.status().wireName());
        m.put("attempts", d.attempts());
        m.put("next_at", d.status() == DeliveryStatus.PENDING ? String.valueOf(d.nextAt()) : null);
        m.put("created_at", String.valueOf(d.createdAt()));
        m.put("updated_at", String.valueOf(d.updatedAt()));
        m.put("last_status", d.lastStatus());
        m.put("last_error", d.lastError());
        return m;
    }

    private static int number(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        try {
            return v == null ? dflt : Math.max(0, Math.min(1000, Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            throw new ComptoirException.InvalidInput("'" + name + "' must be an integer");
        }
    }
}
