package io.comptoir.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP relay to a database that a test can cut (as a network failure would) and restore on the same port. */
final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private final int port;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    int port() { return port; }

    /** Refuses new connections and breaks the open ones. */
    void cut() throws IOException {
        listener.close();
        for (Socket s : open) s.close();
        open.clear();
    }

    void restore() throws IOException {
        listener = bind(port);
        accept(listener);
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress("127.0.0.1", port));
        return s;
    }

    private void accept(ServerSocket l) {
        Thread t = new Thread(() -> {
            while (!l.isClosed()) {
                try {
                    Socket client = l.accept();
                    Socket server = new Socket("127.0.0.1", targetPort);
                    open.add(client);
                    open.add(server);
                    // a connection accepted just as the proxy was cut is cut too (cut() may have missed it)
                    if (l.isClosed()) {
                        client.close();
                        server.close();
                        return;
                    }
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "tcp-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException broken) {
                // cut: both ends are closed below
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException { cut(); }
}
