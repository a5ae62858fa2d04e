package io.comptoir.server;

import io.comptoir.engine.ConversationState;
import io.comptoir.store.ConversationRecord;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Last known state per conversation, valid only for the exact stored version it was computed at: another
 * process writing a turn bumps the version, and the next request here replays from the database instead.
 * With the state, the row as this process last wrote it (null when unknown).
 */
final class StateCache {
    private record Entry(int version, ConversationState state, ConversationRecord row) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    StateCache(int capacity) {
        this.capacity = capacity;
    }

    ConversationState get(String id, int version) {
        Entry e = entries.get(id);
        return e != null && e.version == version ? e.state : null;
    }

    /** The row this process wrote last for a conversation, or null. */
    ConversationRecord row(String id) {
        Entry e = entries.get(id);
        return e == null ? null : e.row;
    }

    void put(String id, int version, ConversationState state) { put(id, version, state, null); }

    void put(String id, int version, ConversationState state, ConversationRecord row) {
        // Crude bound: dropping everything only costs replays, never correctness.
        if (entries.size() >= capacity) entries.clear();
        entries.put(id, new Entry(version, state, row != null && row.version() == version ? row : null));
    }

    void remove(String id) { entries.remove(id); }
}
