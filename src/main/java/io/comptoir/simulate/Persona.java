package io.comptoir.simulate;

import java.util.Locale;
import java.util.Optional;

/** The kinds of synthetic clients `comptoir simulate` plays. */
public enum Persona {
    /** Answers clearly, often several questions at once, accepts the call to action, rates well. */
    IDEAL,
    /** Hesitates ("je sais pas"), changes their mind, accepts or declines the call to action. */
    VAGUE,
    /** Asks for things the bot does not handle, then leaves. */
    OUT_OF_SCOPE,
    /** Asks for a person straight away and leaves a phone number. */
    HUMAN,
    /** Opens the chat and never writes. */
    SILENT;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Persona> fromWire(String s) {
        for (Persona p : values()) if (p.wireName().equals(s.trim().toLowerCase(Locale.ROOT))) return Optional.of(p);
        return Optional.empty();
    }
}
