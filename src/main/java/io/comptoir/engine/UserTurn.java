package io.comptoir.engine;

import java.time.Instant;

/** One client message and when it arrived (time is passed in; the engine reads no clock). */
public record UserTurn(String text, Instant at) {}
