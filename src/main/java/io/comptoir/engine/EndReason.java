package io.comptoir.engine;

import java.util.Locale;

/** Why a conversation ended. */
public enum EndReason {
    COMPLETED, ABANDONED, HANDOFF, TIMEOUT;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }
}
