package io.comptoir.http;

import io.comptoir.ComptoirException;
import io.comptoir.openai.OpenAiApi;
import io.comptoir.server.ConversationService;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the web server: widget and console pages, the client, internal and OpenAI-compatible APIs. */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /** Starts on {@code port} (0: a free port); /readyz asks the store through the connection pool. */
    public static HttpServer start(ConversationService service, ServerSettings settings, int port,
                                   List<ServerExtension> extensions) {
        return start(service, settings, port, extensions, service.store()::problem);
    }

    /** Starts on {@code port} (0: a free port), /readyz answering from {@code readiness}. */
    public static HttpServer start(ConversationService service, ServerSettings settings, int port,
                                   List<ServerExtension> extensions, Readiness readiness) {
        checkPortFree(port);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000_000L;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(300);
                server.setErrorHandler(new JettyJsonErrors());
            });
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyJsonErrors()));
            config.jetty.addConnector((server, http) -> {
                var connector = new org.eclipse.jetty.server.ServerConnector(server, new VersionTolerantHttp(http));
                connector.setPort(port);
                return connector;
            });
            // A few dozen workers keep two cores busy; more threads only queue on the connection pool.
            var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(48, 8, 60_000);
            pool.setName("comptoir-http");
            config.jetty.threadPool = pool;
        });
        ErrorMapping.install(app);
        SecurityHeaders.install(app);
        Health.register(app, readiness);
        Auth auth = new Auth(settings.internalKey(), service.store());
        Cors cors = new Cors(service.bots(), service.store());
        app.before("/api/*", ctx -> {
            if (!ctx.path().startsWith("/api/internal/")) cors.apply(ctx);
        });
        app.options("/api/*", ctx -> ctx.status(204));
        app.after(ctx -> LOG.debug("{} {} -> {}", ctx.method(), ctx.path(), ctx.statusCode()));
        page(app, "/console", "web/console.html");
        page(app, "/console/", "web/console.html");
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("web/openapi.json")));
        new ClientApi(service, auth, new RateLimiter(settings.rateLimitPerMinute())).register(app);
        new InternalApi(service, auth).register(app);
        new OpenAiApi(service, settings).register(app);
        for (ServerExtension e : extensions) e.register(app, service);
        try {
            app.start(port);
        } catch (Exception e) {
            try {
                app.stop();
            } catch (RuntimeException alreadyStopped) {
                // Jetty did not start: nothing to stop.
            }
            if (hasCause(e, BindException.class) || String.valueOf(e.getMessage()).contains("already in use"))
                throw new ComptoirException("port " + port + " is already in use; choose another with --port");
            throw new ComptoirException("cannot start the web server: " + e.getMessage(), e);
        }
        return new HttpServer(app);
    }

    public int port() { return app.port(); }

    @Override
    public void close() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Idle keep-alive connections outlived the short graceful-stop window: the server is stopped anyway.
            LOG.debug("server stopped with open connections: {}", e.getMessage());
        }
    }

    private static void page(Javalin app, String path, String resource) {
        app.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(resource(resource)));
    }

    private static void checkPortFree(int port) {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(port));
        } catch (IOException e) {
            throw new ComptoirException("port " + port + " is already in use; choose another with --port");
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = HttpServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new ComptoirException.NotFound("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ComptoirException("cannot read resource " + name, e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }
}
