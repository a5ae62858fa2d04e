package io.comptoir.store.kpi;

import io.comptoir.engine.ConversationEvent;
import io.comptoir.kpi.ConversationTally;
import io.comptoir.kpi.Counts;
import io.comptoir.kpi.FunnelSteps;
import io.comptoir.kpi.Increment;
import io.comptoir.kpi.Recontacts;
import io.comptoir.store.EventAppendListener;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Maintains the KPI roll-ups incrementally: called inside the transaction that appends a turn's events, it folds
 * them into the conversation's tally and adds the resulting counter changes to the daily roll-ups, so a report
 * never reads raw events.
 */
public final class KpiRollups {
    private final Function<String, FunnelSteps> steps;
    private final Duration reopenWindow;
    private final RollupTables tables = new RollupTables();
    private final TallyCache tallies = new TallyCache();

    /**
     * @param steps the funnel steps of a bot (its intake question ids in order), by bot id
     * @param reopenWindow the recontact window used for first-contact resolution
     */
    public KpiRollups(Function<String, FunnelSteps> steps, Duration reopenWindow) {
        this.steps = steps;
        this.reopenWindow = reopenWindow;
    }

    public KpiRollups(Function<String, FunnelSteps> steps) { this(steps, Recontacts.DEFAULT_WINDOW); }

    /** Folds events just appended to a conversation, in the caller's transaction. */
    public void onEvents(Handle h, String conversationId, String botId, List<ConversationEvent> events) {
        onEvents(h, conversationId, botId, events, null);
    }

    /**
     * Folds events just appended to a conversation and, when not null, its current qualification status (from
     * its note), in the caller's transaction.
     */
    public void onEvents(Handle h, String conversationId, String botId, List<ConversationEvent> events,
                         String qualification) {
        if (events.isEmpty()) return;
        tallies.forget(conversationId); // written directly: a cached tally of this conversation is stale
        ConversationTally before = tables.tally(h, conversationId).orElse(ConversationTally.fresh(conversationId, botId));
        List<Increment> out = new ArrayList<>();
        ConversationTally t = fold(h, before, botId, events, qualification, out);
        if (!t.equals(before)) tables.saveTally(h, t, before.day() == null && !tables.exists(h, conversationId));
        tables.add(h, botId, conversationId, out);
    }

    /**
     * Folds what one write appended. In a group commit, the conversation's tally comes from memory when this
     * process wrote its previous version, and is written once before the commit.
     */
    public void onAppend(Handle h, EventAppendListener.Append a) {
        if (!tallies.buffering(h)) {
            onEvents(h, a.conversationId(), a.botId(), a.events(), a.qualification());
            return;
        }
        if (a.events().isEmpty()) return;
        TallyCache.Known before = tallies.get(h, a.conversationId(), a.versionBefore());
        if (before == null) before = stored(h, a.conversationId(), a.botId(), a.versionBefore());
        List<Increment> out = new ArrayList<>();
        ConversationTally t = fold(h, before.tally(), a.botId(), a.events(), a.qualification(), out);
        tallies.stage(h, before, t, a.versionBefore() + 1);
        tables.add(h, a.botId(), a.conversationId(), out);
    }

    private TallyCache.Known stored(Handle h, String conversationId, String botId, int version) {
        if (version == 0) return new TallyCache.Known(0, ConversationTally.fresh(conversationId, botId), false);
        Optional<ConversationTally> row = tables.tally(h, conversationId);
        return new TallyCache.Known(version, row.orElse(ConversationTally.fresh(conversationId, botId)), row.isPresent());
    }

    private ConversationTally fold(Handle h, ConversationTally before, String botId, List<ConversationEvent> events,
                                   String qualification, List<Increment> out) {
        ConversationTally t = before;
        FunnelSteps s = steps.apply(botId);
        for (ConversationEvent e : events) {
            ConversationTally.Step step = t.apply(e, s);
            out.addAll(step.increments());
            t = step.tally();
            if (step.contactKey() != null) out.addAll(sighting(h, t, step.contactKey(), e.at()));
        }
        if (qualification != null) {
            ConversationTally.Step step = t.applyQualification(qualification, events.get(events.size() - 1).at());
            out.addAll(step.increments());
            t = step.tally();
        }
        return t;
    }

    /** Records the conversation's current qualification status (from its note). */
    public void onQualification(Handle h, String conversationId, String botId, String status, Instant at) {
        Optional<ConversationTally> before = tables.tally(h, conversationId);
        ConversationTally.Step step = before.orElse(ConversationTally.fresh(conversationId, botId))
                .applyQualification(status, at);
        if (step.increments().isEmpty()) return;
        tallies.forget(conversationId);
        tables.saveTally(h, step.tally(), before.isEmpty());
        tables.add(h, botId, conversationId, step.increments());
    }

    private List<Increment> sighting(Handle h, ConversationTally t, String key, Instant at) {
        Optional<RollupTables.Sighting> prev = tables.lastSighting(h, t.botId(), key);
        tables.saveSighting(h, t.botId(), key, t.conversationId(), at, prev.isEmpty());
        if (prev.isEmpty() || prev.get().conversationId().equals(t.conversationId())) return List.of();
        ConversationTally previous = tallies.pending(h, prev.get().conversationId());
        if (previous == null) previous = tables.tally(h, prev.get().conversationId()).orElse(null);
        return Recontacts.onSighting(t.day(), at, previous == null ? null : previous.day(),
                previous != null && previous.has(ConversationTally.Flag.RESOLVED), prev.get().at(), reopenWindow);
    }

    /**
     * From now until {@link #endDeferred}, daily counter increments made on this handle are buffered and summed
     * (group commit: one update per counter row per batch instead of one per turn).
     */
    public void deferDaily(Handle h) {
        tables.defer(h);
        tallies.begin(h);
    }

    /** The write that produced the buffered increments since the last call was kept, or rolled back. */
    public void settleDeferred(Handle h, boolean kept) {
        tables.settle(h, kept);
        tallies.settle(h, kept);
    }

    /** Writes the kept tallies and the summed increments in the handle's transaction. */
    public void flushDeferred(Handle h) {
        tables.saveTallies(h, tallies.toWrite(h));
        tables.flush(h);
    }

    /** The handle's transaction committed: its tallies are now the known ones. */
    public void committedDeferred(Handle h) { tallies.committed(h); }

    /** Stops buffering on this handle, dropping anything not flushed. */
    public void endDeferred(Handle h) {
        tables.endDefer(h);
        tallies.end(h);
    }

    /** Forgets what is cached about a conversation (after an erasure). */
    public void forget(String conversationId) { tallies.forget(conversationId); }

    /** Replaces all daily counters with the given ones (after a full recomputation or a bulk load). */
    public void replaceDaily(Handle h, Map<String, Map<LocalDate, Counts>> daily) {
        tables.replaceDaily(h, daily);
    }
}
