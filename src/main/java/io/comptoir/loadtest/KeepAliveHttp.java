package io.comptoir.loadtest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal blocking HTTP/1.1 client over one persistent {@link Socket}, for one load-test worker thread.
 *
 * <p>Why not {@code java.net.http.HttpClient}: the load generator usually runs on the same (small) machine as the
 * server, and {@code java.net.http} cost about as much CPU per request as the server itself (its selector thread,
 * executor hand-offs, body publishers and subscribers), so the generator stole half the cores it was measuring.
 * This client does one {@code write} per request and reads the reply straight into a reused buffer on the calling
 * thread: no extra threads, no hand-offs.
 *
 * <p>Scope: plain {@code http://}, one request at a time, {@code Content-Length} or {@code chunked} response bodies
 * (UTF-8). The connection is kept alive and reopened after {@code Connection: close}, an end of stream or an I/O
 * error. A request is retried once on a fresh connection only when a reused connection failed before any byte of
 * the reply arrived (the server had dropped the idle connection); never after a reply started, nor on a timeout.
 */
public final class KeepAliveHttp implements Closeable {
    /** A reply: status code and body bytes. */
    public record Response(int status, byte[] body) {
        public String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private final int timeoutMillis;
    private final ByteArrayOutputStream request = new ByteArrayOutputStream(1024);
    private final byte[] in = new byte[16 * 1024];
    private int pos;
    private int lim;
    private byte[] body = new byte[4 * 1024];
    private Socket socket;
    private InputStream input;
    private OutputStream output;
    private boolean replyStarted;
    private int connectionsOpened;

    public KeepAliveHttp(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.hostHeader = port == 80 ? host : host + ":" + port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends one request (token and body may be null) and reads the whole reply. */
    public Response send(String method, String path, String token, byte[] requestBody) throws IOException {
        byte[] bytes = encode(method, path, token, requestBody);
        boolean reused = socket != null;
        try {
            return exchange(bytes);
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            if (!reused || replyStarted) throw e;
            return exchange(bytes);
        }
    }

    public Response post(String path, String token, byte[] requestBody) throws IOException {
        return send("POST", path, token, requestBody);
    }

    public Response get(String path) throws IOException { return send("GET", path, null, null); }

    /** How many TCP connections this client has opened so far (1 when keep-alive held all along). */
    public int connectionsOpened() { return connectionsOpened; }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        socket = null;
    }

    private Response exchange(byte[] bytes) throws IOException {
        if (socket == null) connect();
        replyStarted = false;
        try {
            output.write(bytes);
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        } catch (RuntimeException e) {
            close();
            throw new IOException("malformed HTTP reply: " + e.getMessage(), e);
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        input = s.getInputStream();
        output = s.getOutputStream();
        pos = lim = 0;
        connectionsOpened++;
    }

    private byte[] encode(String method, String path, String token, byte[] requestBody) {
        StringBuilder head = new StringBuilder(160).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n");
        if (requestBody != null) head.append("Content-Type: application/json\r\nContent-Length: ")
                .append(requestBody.length).append("\r\n");
        if (token != null) head.append("Authorization: Bearer ").append(token).append("\r\n");
        head.append("\r\n");
        request.reset();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (requestBody != null) request.writeBytes(requestBody);
        return request.toByteArray();
    }

    private Response readResponse() throws IOException {
        if (!fill()) throw new EOFException("the server closed the connection without a reply");
        replyStarted = true;
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12)
            throw new IOException("not an HTTP reply: " + statusLine);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        boolean close = statusLine.startsWith("HTTP/1.0");
        boolean chunked = false;
        long length = -1;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.toLowerCase().contains("chunked");
            else if (name.equalsIgnoreCase("Connection")) close = value.equalsIgnoreCase("close");
        }
        int size;
        if (chunked) size = readChunked();
        else if (length >= 0) size = readFixed(0, Math.toIntExact(length));
        else if (status == 204 || status == 304 || status / 100 == 1) size = 0;
        else {
            size = readToEnd();
            close = true;
        }
        Response r = new Response(status, Arrays.copyOf(body, size));
        if (close) close();
        return r;
    }

    private int readChunked() throws IOException {
        int size = 0;
        while (true) {
            String sizeLine = line();
            int semi = sizeLine.indexOf(';');
            int chunk = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (chunk == 0) break;
            size = readFixed(size, chunk);
            line();
        }
        while (!line().isEmpty()) {
            // trailers: ignored
        }
        return size;
    }

    private int readFixed(int offset, int count) throws IOException {
        ensureBody(offset + count);
        int done = 0;
        while (done < count) {
            if (pos == lim && !fill()) throw new EOFException("reply body cut short");
            int n = Math.min(count - done, lim - pos);
            System.arraycopy(in, pos, body, offset + done, n);
            pos += n;
            done += n;
        }
        return offset + count;
    }

    private int readToEnd() throws IOException {
        int size = 0;
        while (pos < lim || fill()) {
            int n = lim - pos;
            ensureBody(size + n);
            System.arraycopy(in, pos, body, size, n);
            size += n;
            pos = lim;
        }
        return size;
    }

    private void ensureBody(int capacity) {
        if (capacity > body.length) body = Arrays.copyOf(body, Math.max(capacity, body.length * 2));
    }

    /** One header line without its CRLF, ISO-8859-1 (headers are ASCII). */
    private String line() throws IOException {
        StringBuilder sb = null;
        while (true) {
            if (pos == lim && !fill()) throw new EOFException("reply cut short in its headers");
            int start = pos;
            while (pos < lim && in[pos] != '\n') pos++;
            if (pos < lim) {
                int end = pos++;
                String part = new String(in, start, end - start, StandardCharsets.ISO_8859_1);
                String all = sb == null ? part : sb.append(part).toString();
                return all.endsWith("\r") ? all.substring(0, all.length() - 1) : all;
            }
            if (sb == null) sb = new StringBuilder();
            sb.append(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
        }
    }

    private boolean fill() throws IOException {
        if (pos < lim) return true;
        int n = input.read(in, 0, in.length);
        if (n <= 0) return false;
        pos = 0;
        lim = n;
        return true;
    }
}
