package io.comptoir.http;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * HTTP/1.1 connections whose request line names an unknown protocol version ("HTTP/9.9") get a 400, as any other
 * malformed request line does, rather than Jetty's 505: no client input ever gets a 5xx from this server (the
 * body is still the project's JSON error, from {@link JettyJsonErrors}).
 */
final class VersionTolerantHttp extends HttpConnectionFactory {
    VersionTolerantHttp(HttpConfiguration config) { super(config); }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection c = new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
                return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                    @Override
                    public void badMessage(BadMessageException failure) {
                        super.badMessage(failure.getCode() == 505 ? new BadMessageException(400, "unsupported HTTP version", failure) : failure);
                    }
                };
            }
        };
        c.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        c.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(c, connector, endPoint);
    }
}
