package io.comptoir.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.ComptoirException;
import io.comptoir.server.ServerErrors;
import io.comptoir.store.StoreFailures;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses. Every error body has the OpenAI error shape
 * {@code {"error": {"message", "type", "code"}}}, which the REST, internal and OpenAI-compatible APIs share; so do
 * the errors Javalin (404, 405, 413) and Jetty (400, 414, 431) produce themselves (see {@link JettyJsonErrors}).
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Seconds a client is asked to wait after a 429 or a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    private ErrorMapping() {}

    public static int status(ComptoirException e) {
        if (e instanceof ComptoirException.InvalidInput) return 400;
        if (e instanceof ServerErrors.Unauthorized) return 401;
        if (e instanceof ServerErrors.Forbidden) return 403;
        if (e instanceof ComptoirException.NotFound) return 404;
        if (e instanceof ServerErrors.Conflict) return 409;
        if (e instanceof ServerErrors.TooLarge) return 413;
        if (e instanceof ServerErrors.RateLimited) return 429;
        if (e instanceof ServerErrors.Unavailable) return 503;
        return 500;
    }

    static void install(Javalin app) {
        app.exception(ComptoirException.class, (e, ctx) -> {
            int status = status(e);
            if (status == 500) {
                unexpected(e, ctx);
                return;
            }
            if (status == 503) LOG.warn("store unavailable: {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            write(ctx, status, e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), message(e.getStatus())));
        app.exception(Exception.class, ErrorMapping::unexpected);
        // Javalin's own 404 and 405 (no route, wrong method) are plain text unless replaced here.
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500, 503}) {
            app.error(status, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) write(ctx, status, message(status));
            });
        }
    }

    /** A failure no handler expected: the store unwell (503), a value it refused (400), or a bug (500). */
    private static void unexpected(Exception e, Context ctx) {
        if (e instanceof UnsupportedCharsetException || e instanceof IllegalCharsetNameException) {
            write(ctx, 400, "unsupported charset in Content-Type; send UTF-8");
            return;
        }
        switch (StoreFailures.classify(e)) {
            case UNAVAILABLE -> {
                LOG.warn("store unavailable: {} {}: {}", ctx.method(), ctx.path(), LogSafety.rootMessage(e));
                write(ctx, 503, "the service cannot store messages right now; please retry in a few seconds");
            }
            case BAD_VALUE -> {
                LOG.warn("store refused a value: {} {}: {}", ctx.method(), ctx.path(), LogSafety.rootMessage(e));
                write(ctx, 400, "a value in the request is too long or not allowed");
            }
            case OTHER -> {
                LOG.error("unexpected failure: {} {}", ctx.method(), ctx.path(), e);
                write(ctx, 500, "internal error; the team has been told in the server log");
            }
        }
    }

    static void write(Context ctx, int status, String message) {
        if (status == 429 || status == 503) ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ctx.status(status).contentType("application/json").result(body(status, message));
    }

    static String body(int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode err = body.putObject("error");
        err.put("message", message);
        err.put("type", type(status));
        err.put("code", code(status));
        return body.toString();
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "no such endpoint";
            case 405 -> "method not allowed on this endpoint";
            case 413 -> "the request body is too large";
            case 414 -> "the URL is too long";
            case 415 -> "unsupported media type; send application/json";
            case 431 -> "the request headers are too large";
            case 503 -> "the service is unavailable; please retry in a few seconds";
            case 505 -> "unsupported HTTP version; use HTTP/1.1";
            default -> status >= 500 ? "internal error" : "bad request";
        };
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
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "message_too_long";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 429 -> "rate_limit_exceeded";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "invalid_request";
        };
    }
}
