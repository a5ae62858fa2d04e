package io.comptoir.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes no HTTP client library would send (bad request lines, oversized URLs and headers) and reads the answer. */
final class RawHttp {
    record Answer(int status, String headers, String body) {}

    private RawHttp() {}

    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            String all = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) body = unchunk(body);
            String[] first = head.split(" ", 3);
            int status = first.length > 1 && first[1].matches("\\d{3}") ? Integer.parseInt(first[1]) : -1;
            return new Answer(status, head, body);
        } catch (IOException e) {
            // A connection closed without an answer is no 500, but the battery wants an answer: report it.
            return new Answer(-1, "", e.toString());
        }
    }

    static Answer send(int port, String request) { return send(port, request.getBytes(StandardCharsets.ISO_8859_1)); }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
        } catch (java.net.SocketException reset) {
            // Jetty may reset after answering a request it will not read further: keep what came.
        }
        return out.toByteArray();
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) break;
            int size = Integer.parseInt(body.substring(i, eol).trim().split(";")[0], 16);
            if (size == 0) break;
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
