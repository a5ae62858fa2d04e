package io.comptoir.http;

import io.javalin.Javalin;
import java.util.Map;

/**
 * Health for a load balancer: /healthz answers 200 while the process serves HTTP (restart it otherwise);
 * /readyz answers 200 when the store answers too, else 503 with Retry-After (send no traffic meanwhile).
 */
final class Health {
    private Health() {}

    static void register(Javalin app, Readiness readiness) {
        app.get("/healthz", ctx -> ctx.json(Map.of("status", "up")));
        app.get("/readyz", ctx -> {
            var problem = readiness.problem();
            if (problem.isEmpty()) {
                ctx.json(Map.of("status", "ready"));
                return;
            }
            ErrorMapping.write(ctx, 503, "the store does not answer: " + MaskingConverter.mask(problem.get()));
        });
    }
}
