package io.comptoir.kpi;

import io.comptoir.bot.CtaType;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the KPIs need to remember about one conversation between two events: its start, which facts were
 * already counted (so a conversation counts once), its furthest funnel step and qualification status.
 * {@link #apply} is the single definition of how events become counters, shared by the incremental roll-up
 * and the full recomputation, so both agree by construction on everything but storage.
 *
 * @param flags bit set of {@link Flag} ordinals
 * @param furthest index of the furthest funnel step reached, -1 before the welcome
 * @param qualification last known qualification status, or null
 */
public record ConversationTally(String conversationId, String botId, Instant startedAt, LocalDate day, int flags,
                                int furthest, String qualification) {

    /** Facts counted at most once per conversation. */
    public enum Flag { STARTED, LEAD, CONVERTED, SUPPORT, ANSWERED, HUMAN, ESCALATED, ENDED, RESOLVED, CART,
        RECOVERED, CONTACT, OUT_OF_SCOPE }

    /** The new tally and the counter changes one event caused; {@code contactKey} is set when a contact first appears. */
    public record Step(ConversationTally tally, List<Increment> increments, String contactKey) {
        public Step {
            increments = List.copyOf(increments);
        }
    }

    public static ConversationTally fresh(String conversationId, String botId) {
        return new ConversationTally(conversationId, botId, null, null, 0, -1, null);
    }

    public boolean has(Flag f) { return (flags & (1 << f.ordinal())) != 0; }

    /** The day the conversation's counters belong to: the UTC day it started. */
    public static LocalDate dayOf(Instant at) { return LocalDate.ofInstant(at, ZoneOffset.UTC); }

    public Step apply(ConversationEvent event, FunnelSteps steps) {
        Builder b = new Builder(this, event.at());
        if (event instanceof ConversationEvent.ConversationStarted e) b.start(e.at());
        else if (event instanceof ConversationEvent.StageEntered e) b.reach(e.stage() == Stage.ANSWER ? steps.answer() - 1 : -1);
        else if (event instanceof ConversationEvent.QuestionAsked e) b.reach(steps.asked(e.questionId()));
        else if (event instanceof ConversationEvent.ClarificationAsked e) b.reach(steps.asked(e.questionId()));
        else if (event instanceof ConversationEvent.SlotFilled e) b.slotFilled(e.questionId(), steps);
        else if (event instanceof ConversationEvent.OutOfScope) b.once(Flag.OUT_OF_SCOPE, Metric.OUT_OF_SCOPE);
        else if (event instanceof ConversationEvent.HumanRequested) b.humanRequested();
        else if (event instanceof ConversationEvent.AnswerGiven) b.answerGiven(steps);
        else if (event instanceof ConversationEvent.CtaProposed e) b.ctaProposed(e.cta(), steps);
        else if (event instanceof ConversationEvent.CtaAccepted e) b.ctaAccepted(e, steps);
        else if (event instanceof ConversationEvent.Purchase e) b.purchase(e);
        else if (event instanceof ConversationEvent.Csat e) b.add(Metric.RATINGS, Integer.toString(e.score()), 1);
        else if (event instanceof ConversationEvent.ConversationEnded e) b.end(e);
        // corrections, digressions and declined calls to action change no KPI counter
        return b.build(steps);
    }

    /** A new qualification status from the conversation's note: moves the conversation to that bucket. */
    public Step applyQualification(String status, Instant at) {
        if (status == null || status.equals(qualification)) return new Step(this, List.of(), null);
        Builder b = new Builder(this, at);
        if (qualification != null) b.add(Metric.QUALIFICATION, qualification, -1);
        b.add(Metric.QUALIFICATION, status, 1);
        b.qualification = status;
        return b.build(null);
    }

    /** Mutable only while one event is applied. */
    private static final class Builder {
        final ConversationTally from;
        Instant startedAt;
        LocalDate day;
        int flags;
        int furthest;
        String qualification;
        String contactKey;
        final List<Increment> out = new ArrayList<>();
        int reachTarget = -1;

        Builder(ConversationTally t, Instant at) {
            from = t;
            startedAt = t.startedAt;
            day = t.day != null ? t.day : dayOf(at);
            flags = t.flags;
            furthest = t.furthest;
            qualification = t.qualification;
        }

        boolean has(Flag f) { return (flags & (1 << f.ordinal())) != 0; }

        void set(Flag f) { flags |= 1 << f.ordinal(); }

        void add(Metric m, String bucket, long delta) { out.add(new Increment(day, m, bucket, delta)); }

        /** Counts a fact once per conversation. */
        void once(Flag f, Metric m) {
            if (has(f)) return;
            set(f);
            add(m, "", 1);
        }

        /** Progress along the intake path; after a hand-off request only real answers still count. */
        void reach(int index) {
            if (!has(Flag.HUMAN)) reachTarget = Math.max(reachTarget, index);
        }

        void start(Instant at) {
            if (has(Flag.STARTED)) return;
            startedAt = at;
            day = dayOf(at);
            once(Flag.STARTED, Metric.STARTED);
            reach(0);
        }

        void slotFilled(String questionId, FunnelSteps steps) {
            once(Flag.LEAD, Metric.LEADS);
            reachTarget = Math.max(reachTarget, steps.passed(questionId));
        }

        void humanRequested() {
            set(Flag.HUMAN);
            once(Flag.SUPPORT, Metric.SUPPORT);
            once(Flag.ESCALATED, Metric.ESCALATED);
        }

        void answerGiven(FunnelSteps steps) {
            set(Flag.ANSWERED);
            once(Flag.SUPPORT, Metric.SUPPORT);
            reach(steps.answer());
        }

        void ctaProposed(CtaType cta, FunnelSteps steps) {
            if (cta == CtaType.PURCHASE) once(Flag.CART, Metric.CARTS);
            if (cta == CtaType.TICKET) once(Flag.SUPPORT, Metric.SUPPORT);
            // A hand-off is an exit from the intake path, not progress along it (reach ignores it).
            reach(steps.ctaProposed());
        }

        void ctaAccepted(ConversationEvent.CtaAccepted e, FunnelSteps steps) {
            switch (e.cta()) {
                case BOOKING, PURCHASE, CALLBACK -> once(Flag.CONVERTED, Metric.CONVERTED);
                case TICKET -> {
                    once(Flag.SUPPORT, Metric.SUPPORT);
                    once(Flag.ESCALATED, Metric.ESCALATED);
                }
                case NONE -> { }
            }
            String key = ContactKeys.of(e.details());
            if (key != null && !has(Flag.CONTACT)) {
                once(Flag.CONTACT, Metric.CONTACTS);
                contactKey = key;
            }
            reach(steps.ctaAccepted());
        }

        void purchase(ConversationEvent.Purchase e) {
            add(Metric.PURCHASES, e.currency(), 1);
            add(Metric.ORDER_VALUE, e.currency(), e.amount().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            once(Flag.CONVERTED, Metric.CONVERTED);
            if (has(Flag.CART)) once(Flag.RECOVERED, Metric.CARTS_RECOVERED);
        }

        void end(ConversationEvent.ConversationEnded e) {
            if (has(Flag.ENDED)) return;
            set(Flag.ENDED);
            add(Metric.ENDED, e.reason().wireName(), 1);
            if (startedAt != null) {
                long secs = Math.max(0, e.at().getEpochSecond() - startedAt.getEpochSecond());
                add(Metric.DURATION_SUM, "", secs);
                add(Metric.DURATION_HIST, Long.toString(Durations.bucket(secs)), 1);
            }
            if (e.reason() == EndReason.HANDOFF) {
                once(Flag.SUPPORT, Metric.SUPPORT);
                once(Flag.ESCALATED, Metric.ESCALATED);
            }
            if (has(Flag.SUPPORT) && has(Flag.ANSWERED) && !has(Flag.ESCALATED) && e.reason() == EndReason.COMPLETED) {
                once(Flag.RESOLVED, Metric.RESOLVED);
            }
        }

        Step build(FunnelSteps steps) {
            if (steps != null && reachTarget > furthest) {
                int to = Math.min(reachTarget, steps.size() - 1);
                for (int i = furthest + 1; i <= to; i++) add(Metric.FUNNEL, steps.id(i), 1);
                furthest = Math.max(furthest, to);
            }
            ConversationTally t = new ConversationTally(from.conversationId, from.botId, startedAt, day, flags,
                    furthest, qualification);
            return new Step(t, out, contactKey);
        }
    }
}
