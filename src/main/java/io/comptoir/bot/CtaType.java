package io.comptoir.bot;

import java.util.Locale;
import java.util.Optional;

/** The kinds of call to action a conversation can end on. */
public enum CtaType {
    BOOKING, PURCHASE, CALLBACK, TICKET, NONE;

    public String yamlName() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<CtaType> fromYaml(String s) {
        for (CtaType t : values()) if (t.yamlName().equals(s)) return Optional.of(t);
        return Optional.empty();
    }
}
