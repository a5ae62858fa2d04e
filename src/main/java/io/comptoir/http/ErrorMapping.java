package io.comptoir.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.ComptoirException;
import io.comptoir.server.ServerErrors;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses. Every error body has the OpenAI error shape
 * {@code {"error": {"message", "type", "code"}}}, which the REST, internal and OpenAI-compatible APIs share.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorMapping() {}

    public static int status(ComptoirException e) {
        if (e instanceof ComptoirException.InvalidInput) return 400;
        if (e instanceof ServerErrors.Unauthorized) return 401;
        if (e instanceof ServerErrors.Forbidden) return 403;
        if (e instanceof ComptoirException.NotFound) return 404;
        if (e instanceof ServerErrors.Conflict) return 409;
        if (e instanceof ServerErrors.TooLarge) return 413;
        if (e instanceof ServerErrors.RateLimited) return 429;
        return 500;
    }

    static void install(Javalin app) {
        app.exception(ComptoirException.class, (e, ctx) -> {
            int status = status(e);
            if (status >= 500) LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
            write(ctx, status, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure: {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal error; the team has been told in the server log");
        });
    }

    static void write(Context ctx, int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode err = body.putObject("error");
        err.put("message", message);
        err.put("type", type(status));
        err.put("code", code(status));
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    private static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "invalid_api_key";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 413 -> "message_too_long";
            case 429 -> "rate_limit_exceeded";
            default -> "internal_error";
        };
    }
}
