package io.comptoir.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's HTTP client against real tiny servers: keep-alive, both body framings, reconnection. */
class KeepAliveHttpTest {
    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus the client's delayed
        // ACK adds 40 ms to every reply. Read once, when the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String TEXT = "{\"text\":\"Café ☕ prêt\"}";

    HttpServer server;
    final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", ex -> reply(ex, false));
        server.createContext("/chunked", ex -> reply(ex, true));
        server.createContext("/echo", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            byte[] in = ex.getRequestBody().readAllBytes();
            String seen = ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Authorization") + " "
                    + ex.getRequestHeaders().getFirst("Content-Type") + " " + new String(in, StandardCharsets.UTF_8);
            byte[] out = seen.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(201, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.createContext("/bye", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            ex.getResponseHeaders().set("Connection", "close");
            reply(ex, false);
        });
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    void reply(HttpExchange ex, boolean chunked) throws IOException {
        clientPorts.add(ex.getRemoteAddress().getPort());
        ex.getRequestBody().readAllBytes();
        byte[] out = TEXT.repeat(chunked ? 2000 : 1).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(200, chunked ? 0 : out.length);
        try (OutputStream body = ex.getResponseBody()) {
            body.write(out);
        }
    }

    KeepAliveHttp client() { return new KeepAliveHttp("127.0.0.1", server.getAddress().getPort(), 5_000); }

    @Test
    void reuses_one_connection_for_many_requests() throws IOException {
        try (KeepAliveHttp http = client()) {
            for (int i = 0; i < 100; i++) {
                KeepAliveHttp.Response r = http.post("/echo", "tok" + i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                assertThat(r.status()).isEqualTo(201);
                assertThat(r.text()).isEqualTo("POST Bearer tok" + i + " application/json {\"n\":" + i + "}");
            }
            assertThat(http.connectionsOpened()).isEqualTo(1);
            assertThat(clientPorts).hasSize(1);
        }
    }

    @Test
    void reads_content_length_and_chunked_bodies_as_utf8_on_the_same_connection() throws IOException {
        try (KeepAliveHttp http = client()) {
            assertThat(http.get("/fixed").text()).isEqualTo(TEXT);
            KeepAliveHttp.Response chunked = http.get("/chunked");
            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.text()).hasSize(TEXT.length() * 2000).startsWith(TEXT).endsWith(TEXT);
            assertThat(http.post("/fixed", null, TEXT.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
            assertThat(http.connectionsOpened()).isEqualTo(1);
        }
    }

    @Test
    void reconnects_after_a_connection_close_reply() throws IOException {
        try (KeepAliveHttp http = client()) {
            assertThat(http.get("/bye").text()).isEqualTo(TEXT);
            assertThat(http.get("/fixed").text()).isEqualTo(TEXT);
            assertThat(http.get("/fixed").text()).isEqualTo(TEXT);
            assertThat(http.connectionsOpened()).isEqualTo(2);
            assertThat(clientPorts).hasSize(2);
        }
    }

    @Test
    void retries_once_on_a_new_connection_when_the_server_dropped_the_idle_one() throws Exception {
        try (ServerSocket oneShot = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> answerOneRequestPerConnection(oneShot, 3));
            t.setDaemon(true);
            t.start();
            try (KeepAliveHttp http = new KeepAliveHttp("127.0.0.1", oneShot.getLocalPort(), 5_000)) {
                for (int i = 0; i < 3; i++) assertThat(http.post("/x", null, "{}".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("ok");
                assertThat(http.connectionsOpened()).isEqualTo(3);
            }
            t.join(5_000);
        }
    }

    /** Answers one request with a keep-alive reply, then closes the connection, as a server's idle timeout would. */
    static void answerOneRequestPerConnection(ServerSocket server, int connections) {
        for (int i = 0; i < connections; i++) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) head.append((char) in.read());
                int length = head.toString().lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                        .mapToInt(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
                in.readNBytes(length);
                s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(50);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }
}
