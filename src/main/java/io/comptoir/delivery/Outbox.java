package io.comptoir.delivery;

import java.time.Instant;
import java.util.List;

/** The durable queue of deliveries, as the sender sees it. */
public interface Outbox {
    /**
     * Takes up to {@code limit} pending deliveries due at {@code now} for this worker alone: each is counted as one
     * more attempt and hidden from every other worker until {@code leaseUntil}. A worker that dies before
     * {@link #settle} leaves it to be taken again once the lease is over (a duplicate at worst, never a loss).
     */
    List<Delivery> claim(Instant now, Instant leaseUntil, int limit);

    /** Records how the attempt went. */
    void settle(String id, Settlement settlement);

    /**
     * The state a delivery moves to after an attempt.
     *
     * @param nextAt when a pending delivery is next due
     */
    record Settlement(DeliveryStatus status, Instant at, Instant nextAt, Integer lastStatus, String lastError,
                      String progress) {}
}
