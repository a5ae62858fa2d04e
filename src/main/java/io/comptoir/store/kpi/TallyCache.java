package io.comptoir.store.kpi;

import io.comptoir.kpi.ConversationTally;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * The KPI tallies of recent conversations, each valid for one conversation version only, so a turn reads its
 * tally from memory instead of the database (another process writing the conversation bumps the version, and
 * the tally is read again). Within a group commit, tallies are buffered: written once before the commit and
 * published to the cache only once the commit succeeded, so a rolled-back write never leaves a wrong tally here.
 */
final class TallyCache {
    /** A tally as of a conversation version; {@code stored}: whether its row exists in kpi_conversation. */
    record Known(int version, ConversationTally tally, boolean stored) {}

    /** The tally a write left: to write before the commit if {@code write} (as an insert if its row is new). */
    record Pending(Known known, boolean write, boolean insert) {}

    private static final int CAPACITY = 100_000;
    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

    private static final class Buffer {
        final Map<String, Pending> staged = new LinkedHashMap<>();
        final Map<String, Pending> kept = new LinkedHashMap<>();
    }

    // Keyed by handle identity: only group-commit transactions are buffered.
    private final Map<Handle, Buffer> buffers = new ConcurrentHashMap<>();

    void begin(Handle h) { buffers.put(h, new Buffer()); }

    boolean buffering(Handle h) { return buffers.containsKey(h); }

    /** The tally of a conversation at this version, if known (pending in this transaction, or cached). */
    Known get(Handle h, String conversationId, int version) {
        Pending p = latestPending(h, conversationId);
        Known k = p != null ? p.known() : known.get(conversationId);
        return k != null && k.version() == version ? k : null;
    }

    /** The latest tally pending in this transaction for a conversation, whatever its version, or null. */
    ConversationTally pending(Handle h, String conversationId) {
        Pending p = latestPending(h, conversationId);
        return p == null ? null : p.known().tally();
    }

    private Pending latestPending(Handle h, String conversationId) {
        Buffer b = buffers.get(h);
        if (b == null) return null;
        Pending staged = b.staged.get(conversationId);
        return staged != null ? staged : b.kept.get(conversationId);
    }

    /** Buffers the tally a write leaves, from the one it started with; written only if it changed. */
    void stage(Handle h, Known before, ConversationTally after, int versionAfter) {
        Buffer b = buffers.get(h);
        String id = after.conversationId();
        Pending earlier = b.kept.get(id); // the same conversation written twice in one transaction (rare)
        boolean write = !after.equals(before.tally()) || (earlier != null && earlier.write());
        boolean insert = earlier != null && earlier.write() ? earlier.insert() : !before.stored();
        b.staged.put(id, new Pending(new Known(versionAfter, after, before.stored() || write), write, write && insert));
    }

    void settle(Handle h, boolean kept) {
        Buffer b = buffers.get(h);
        if (b == null) return;
        if (kept) b.kept.putAll(b.staged);
        b.staged.clear();
    }

    /** The kept tallies of this transaction that changed, to write before its commit. */
    List<Pending> toWrite(Handle h) {
        Buffer b = buffers.get(h);
        return b == null ? List.of() : b.kept.values().stream().filter(Pending::write).toList();
    }

    void committed(Handle h) {
        Buffer b = buffers.get(h);
        if (b == null) return;
        if (known.size() + b.kept.size() > CAPACITY) known.clear(); // crude bound: a miss only costs one read
        for (Pending p : b.kept.values()) known.put(p.known().tally().conversationId(), p.known());
    }

    void end(Handle h) { buffers.remove(h); }

    /** Forgets a conversation (erasure, or a write outside group commits). */
    void forget(String conversationId) { known.remove(conversationId); }
}
