package io.comptoir.server;

/** A new conversation: its id, the client's secret token (shown once) and the welcome turn. */
public record Opened(String conversationId, String token, Reply welcome) {}
