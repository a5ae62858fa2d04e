package io.comptoir.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Recontacts: the same email or phone coming back. Each conversation that leaves a contact already seen records
 * the gap in whole days since the previous sighting, so the recontact window can be chosen at report time.
 * A resolved conversation whose contact comes back within the window is counted as reopened (it was not a
 * first-contact resolution).
 */
public final class Recontacts {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    /** Gaps of this many days or more are not recorded (no window goes that far). */
    public static final int MAX_GAP_DAYS = 90;

    private Recontacts() {}

    /**
     * @param day the current conversation's day
     * @param at when the current conversation left the contact
     * @param previousDay the previous conversation's day (null if unknown)
     * @param previousResolved whether the previous conversation was already resolved when this one left the contact
     * @param previousAt when the previous conversation left it
     * @param reopenWindow window for first-contact resolution
     */
    public static List<Increment> onSighting(LocalDate day, Instant at, LocalDate previousDay, boolean previousResolved,
                                             Instant previousAt, Duration reopenWindow) {
        List<Increment> out = new ArrayList<>();
        Duration gap = Duration.between(previousAt, at);
        if (gap.isNegative()) return out;
        long days = gap.toDays();
        if (days < MAX_GAP_DAYS) out.add(new Increment(day, Metric.RECONTACT_GAP, Long.toString(days), 1));
        if (previousDay != null && previousResolved && gap.compareTo(reopenWindow) < 0) {
            out.add(new Increment(previousDay, Metric.REOPENED, "", 1));
        }
        return out;
    }

    /** Conversations whose contact came back less than {@code window} after a previous one. */
    public static long within(Counts counts, Duration window) {
        long days = Math.max(1, window.toDays());
        long n = 0;
        for (var e : counts.buckets(Metric.RECONTACT_GAP).entrySet()) {
            if (Long.parseLong(e.getKey()) < days) n += e.getValue();
        }
        return n;
    }
}
