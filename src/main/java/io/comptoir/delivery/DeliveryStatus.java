package io.comptoir.delivery;

import java.util.Locale;

/** Where a delivery stands: waiting (or being sent), received by the endpoint, or given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public static DeliveryStatus of(String wire) { return valueOf(wire.toUpperCase(Locale.ROOT)); }
}
