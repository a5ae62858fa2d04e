package io.comptoir.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty answers some requests before Javalin sees them (a malformed request line, a URL or headers over its
 * limits): with an HTML page by default. This handler gives them the project's JSON error body instead.
 */
final class JettyJsonErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        return ByteBuffer.wrap(ErrorMapping.body(status, ErrorMapping.message(status)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType("application/json");
        response.getOutputStream().write(ErrorMapping.body(code, ErrorMapping.message(code))
                .getBytes(StandardCharsets.UTF_8));
        baseRequest.setHandled(true);
    }
}
