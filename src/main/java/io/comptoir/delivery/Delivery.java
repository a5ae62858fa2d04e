package io.comptoir.delivery;

import java.time.Instant;

/**
 * One note to send to one endpoint, as the outbox holds it.
 *
 * @param endpoint the name of the endpoint it goes to ({@code server} or {@code <bot>/<name>})
 * @param body the note JSON as it stood when the conversation ended: what is signed and sent
 * @param attempts the sends tried so far, counting the one a worker has just claimed it for
 * @param progress the answers of the CRM requests already made (JSON array), or null
 */
public record Delivery(String id, String conversationId, String botId, String endpoint, String event, String body,
                       DeliveryStatus status, int attempts, Instant nextAt, Instant createdAt, Instant updatedAt,
                       Integer lastStatus, String lastError, String progress) {
    public static final String ENDED = "conversation.ended";
}
