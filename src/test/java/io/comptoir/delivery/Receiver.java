package io.comptoir.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A real HTTP receiver on a free port: records every request and answers what the test says. */
public final class Receiver implements AutoCloseable {
    /** One request as received; header names in lower case. */
    public record Received(String method, String path, Map<String, String> headers, byte[] body) {
        public String text() { return new String(body, StandardCharsets.UTF_8); }

        public String header(String name) { return headers.get(name.toLowerCase(java.util.Locale.ROOT)); }
    }

    /** An answer: status, body and extra headers. */
    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply ok(String body) { return new Reply(200, body, Map.of()); }

        public static Reply status(int status) { return new Reply(status, "", Map.of()); }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> answer = r -> Reply.ok("{}");

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    exchange.getRequestBody().readAllBytes());
            received.add(r);
            Reply reply = answer.apply(r);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
    }

    public String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    public void answer(Function<Received, Reply> answer) { this.answer = answer; }

    /** Answers these replies in turn, then the last one forever. */
    public void answerInTurn(Reply... replies) {
        List<Reply> queue = new ArrayList<>(List.of(replies));
        answer(r -> {
            synchronized (queue) {
                return queue.size() > 1 ? queue.remove(0) : queue.get(0);
            }
        });
    }

    public List<Received> received() { return List.copyOf(received); }

    @Override
    public void close() { server.stop(0); }
}
