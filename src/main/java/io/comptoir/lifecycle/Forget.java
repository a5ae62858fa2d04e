package io.comptoir.lifecycle;

import io.comptoir.delivery.jdbc.DeliveryStore;
import org.jdbi.v3.core.Handle;

/**
 * What is derived from a conversation and must go with it, on the caller's transaction: its deliveries (each
 * holds a copy of the note, and a pending one must never be sent afterwards) and its recontact keys (a hash of the
 * client's e-mail or phone). The daily KPI counters stay: they hold counts only.
 */
public final class Forget {
    private Forget() {}

    /** Called by erasure (ConversationStore.erase) and by retention. */
    public static void derived(Handle h, String conversationId) {
        DeliveryStore.forget(h, conversationId);
        h.createUpdate("DELETE FROM kpi_contact WHERE conversation_id = :id").bind("id", conversationId).execute();
    }
}
