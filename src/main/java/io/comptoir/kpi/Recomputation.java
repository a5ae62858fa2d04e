package io.comptoir.kpi;

import io.comptoir.engine.ConversationEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The full recomputation of the daily counters from raw events, conversation by conversation: the reference the
 * incremental roll-ups are checked against. Recontacts are resolved at the end, in time order, as the incremental
 * roll-up sees them when events arrive in time order (a conversation still open when its client comes back is
 * not reopened).
 */
public final class Recomputation {
    private final Function<String, FunnelSteps> steps;
    private final Duration reopenWindow;
    private final Map<String, ConversationTally> tallies = new HashMap<>();
    private final Map<String, Instant> resolvedAt = new HashMap<>();
    private final List<Sighting> sightings = new ArrayList<>();
    private final Map<String, Map<LocalDate, List<Increment>>> byBot = new TreeMap<>();

    private record Sighting(String botId, String key, Instant at, String conversationId) {}

    public Recomputation(Function<String, FunnelSteps> steps, Duration reopenWindow) {
        this.steps = steps;
        this.reopenWindow = reopenWindow;
    }

    /** One conversation's events in order, and its last qualification status (null if none). */
    public void conversation(String conversationId, String botId, List<ConversationEvent> events, String qualification) {
        ConversationTally t = ConversationTally.fresh(conversationId, botId);
        FunnelSteps s = steps.apply(botId);
        for (ConversationEvent e : events) {
            ConversationTally.Step step = t.apply(e, s);
            add(botId, step.increments());
            if (step.contactKey() != null) sightings.add(new Sighting(botId, step.contactKey(), e.at(), conversationId));
            if (!t.has(ConversationTally.Flag.RESOLVED) && step.tally().has(ConversationTally.Flag.RESOLVED)) {
                resolvedAt.put(conversationId, e.at());
            }
            t = step.tally();
        }
        if (qualification != null && !events.isEmpty()) {
            ConversationTally.Step step = t.applyQualification(qualification, events.get(events.size() - 1).at());
            add(botId, step.increments());
            t = step.tally();
        }
        tallies.put(conversationId, t);
    }

    private void add(String botId, List<Increment> list) {
        for (Increment i : list) byBot.computeIfAbsent(botId, b -> new TreeMap<>())
                .computeIfAbsent(i.day(), d -> new ArrayList<>()).add(i);
    }

    /** Daily counters per bot. */
    public Map<String, Map<LocalDate, Counts>> result() {
        sightings.sort(Comparator.comparing(Sighting::at).thenComparing(Sighting::conversationId));
        Map<String, Sighting> last = new HashMap<>();
        for (Sighting s : sightings) {
            Sighting prev = last.put(s.botId() + "|" + s.key(), s);
            if (prev == null) continue;
            Instant resolved = resolvedAt.get(prev.conversationId());
            add(s.botId(), Recontacts.onSighting(tallies.get(s.conversationId()).day(), s.at(),
                    tallies.get(prev.conversationId()).day(), resolved != null && !resolved.isAfter(s.at()),
                    prev.at(), reopenWindow));
        }
        sightings.clear();
        Map<String, Map<LocalDate, Counts>> out = new TreeMap<>();
        byBot.forEach((bot, days) -> days.forEach((day, list) -> {
            Counts c = Counts.sum(list);
            if (!c.asMap().isEmpty()) out.computeIfAbsent(bot, b -> new TreeMap<>()).put(day, c);
        }));
        return out;
    }
}
