package io.comptoir.kpi;

/**
 * The counters kept per bot and per day (the day a conversation started). Every KPI is a ratio or a
 * distribution of these, so summing them over days gives any period's KPI without touching raw events.
 */
public enum Metric {
    /** Conversations started. */
    STARTED,
    /** Conversations where the client filled at least one intake question. */
    LEADS,
    /** Conversations by last known qualification status (bucket: sql, mql, unqualified, out_of_scope). */
    QUALIFICATION,
    /** Conversations with an accepted sales call to action (booking, purchase, callback) or a purchase. */
    CONVERTED,
    /** Conversations with a support request: an answer given, a hand-off or a ticket. */
    SUPPORT,
    /** Conversations handed to a person: human requested, ticket or callback accepted, or ended by hand-off. */
    ESCALATED,
    /** Support conversations that ended completed, with an answer and no escalation. */
    RESOLVED,
    /** Resolved conversations whose contact came back within the recontact window afterwards. */
    REOPENED,
    /** Ended conversations (bucket: end reason). */
    ENDED,
    /** Sum of the durations of ended conversations, in seconds. */
    DURATION_SUM,
    /** Ended conversations by duration bucket (bucket: lower bound in seconds). */
    DURATION_HIST,
    /** CSAT ratings (bucket: score 1 to 5). */
    RATINGS,
    /** Purchases (bucket: currency). */
    PURCHASES,
    /** Sum of order values in cents (bucket: currency). */
    ORDER_VALUE,
    /** Conversations where a purchase call to action was proposed (a cart). */
    CARTS,
    /** Carts followed by a purchase. */
    CARTS_RECOVERED,
    /** Conversations where the client left an email or phone. */
    CONTACTS,
    /** Conversations whose contact had an earlier conversation (bucket: whole days since it). */
    RECONTACT_GAP,
    /** Conversations reaching each funnel step (bucket: step id). */
    FUNNEL,
    /** Conversations with at least one out-of-scope request. */
    OUT_OF_SCOPE
}
