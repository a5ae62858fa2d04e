package io.comptoir.engine;

/** An item recommended to the client: catalog id (or FAQ entry id), its name, and why (internal wording). */
public record Recommended(String id, String name, String reason) {}
