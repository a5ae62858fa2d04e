package io.comptoir.simulate;

import io.comptoir.engine.EndReason;
import io.comptoir.server.Reply;
import java.math.BigDecimal;
import java.time.Instant;

/** Port: where simulated conversations go, turn by turn, at the simulated time (the server's store in practice). */
public interface Traffic {
    /** Starts a conversation under the given id (unique per simulated conversation). */
    Reply open(String conversationId, String botId, Instant at);

    Reply post(String conversationId, String text, Instant at);

    /** Ends a conversation the client left (abandoned, timeout) or finished without a goodbye. */
    void close(String conversationId, EndReason reason, Instant at);

    void rate(String conversationId, int score, Instant at);

    void purchase(String conversationId, BigDecimal amount, String currency, Instant at);
}
