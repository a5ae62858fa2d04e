package io.comptoir.engine;

import java.util.Locale;

/** The five stages of a conversation. */
public enum Stage {
    WELCOME, INTAKE, ANSWER, CTA, CLOSED;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }
}
