package io.comptoir.engine;

/** An objection the client raised, in their own words. Type: price, timing, competitor, need, trust, other. */
public record Objection(String type, String quote) {}
