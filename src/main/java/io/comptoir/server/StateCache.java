package io.comptoir.server;

import io.comptoir.engine.ConversationState;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Last known state per conversation, valid only for the exact stored version it was computed at: another
 * process writing a turn bumps the version, and the next request here replays from the database instead.
 */
final class StateCache {
    private record Entry(int version, ConversationState state) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    StateCache(int capacity) {
        this.capacity = capacity;
    }

    ConversationState get(String id, int version) {
        Entry e = entries.get(id);
        return e != null && e.version == version ? e.state : null;
    }

    void put(String id, int version, ConversationState state) {
        // Crude bound: dropping everything only costs replays, never correctness.
        if (entries.size() >= capacity) entries.clear();
        entries.put(id, new Entry(version, state));
    }

    void remove(String id) { entries.remove(id); }
}
