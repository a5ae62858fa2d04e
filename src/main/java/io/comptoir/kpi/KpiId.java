package io.comptoir.kpi;

import java.util.Locale;
import java.util.Optional;

/** The KPIs Comptoir computes, by the snake_case id used in bot.yaml plans and reports. */
public enum KpiId {
    CONVERSION_RATE, QUALIFICATION_RATE, AVERAGE_ORDER_VALUE, DEFLECTION_RATE, CSAT, ESCALATION_RATE,
    HANDLING_TIME, RECONTACT_RATE, CART_RECOVERY_RATE, FIRST_CONTACT_RESOLUTION;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<KpiId> fromWire(String id) {
        for (KpiId k : values()) if (k.wireName().equals(id)) return Optional.of(k);
        return Optional.empty();
    }
}
