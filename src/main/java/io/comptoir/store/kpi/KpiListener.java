package io.comptoir.store.kpi;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.kpi.FunnelSteps;
import io.comptoir.store.EventAppendListener;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Plugs the KPI roll-ups into the store: every event append updates them in the same transaction, with the
 * conversation's qualification status as its note stands after the turn (conversations.qualification).
 */
public final class KpiListener implements EventAppendListener {
    private final KpiRollups rollups;

    public KpiListener(KpiRollups rollups) {
        this.rollups = rollups;
    }

    /** A listener whose funnel follows each bot's intake questions. */
    public static KpiListener forBots(Function<String, Optional<BotDefinition>> bots) {
        return new KpiListener(new KpiRollups(funnel(bots)));
    }

    /** The funnel steps of each bot, by id (no questions for an unknown bot). */
    public static Function<String, FunnelSteps> funnel(Function<String, Optional<BotDefinition>> bots) {
        return id -> new FunnelSteps(bots.apply(id).map(b -> b.questions().stream().map(Question::id).toList())
                .orElse(List.of()));
    }

    @Override
    public void appended(Handle h, String botId, String conversationId, List<ConversationEvent> events) {
        String qualification = h.createQuery("SELECT qualification FROM conversations WHERE id = :id")
                .bind("id", conversationId).mapTo(String.class).findOne().orElse(null);
        rollups.onEvents(h, conversationId, botId, events, qualification);
    }

    // The write knows the note's qualification and the version, so nothing is read back here on the hot path.
    @Override
    public void appended(Handle h, Append append) { rollups.onAppend(h, append); }

    // Group commit: the daily counters of a whole batch of turns are summed and written once before its commit.
    @Override
    public void batchStarted(Handle h) { rollups.deferDaily(h); }

    @Override
    public void writeFinished(Handle h, boolean kept) { rollups.settleDeferred(h, kept); }

    @Override
    public void beforeCommit(Handle h) { rollups.flushDeferred(h); }

    @Override
    public void committed(Handle h) { rollups.committedDeferred(h); }

    @Override
    public void batchEnded(Handle h) { rollups.endDeferred(h); }

    public KpiRollups rollups() { return rollups; }
}
