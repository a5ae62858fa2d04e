package io.comptoir.bot;

import java.util.Locale;
import java.util.Optional;

/** What kind of value an intake question collects. */
public enum SlotType {
    CHOICE, MONEY, DATE, HEADCOUNT, EMAIL, PHONE, YES_NO, TEXT;

    public String yamlName() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<SlotType> fromYaml(String s) {
        for (SlotType t : values()) if (t.yamlName().equals(s)) return Optional.of(t);
        return Optional.empty();
    }
}
