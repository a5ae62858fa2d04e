-- KPI roll-ups (owned by the kpi work). Maintained in the same transaction as the events they count.

-- Daily counters per bot. A conversation's counters belong to the UTC day it started. Each counter is split over
-- a few shards (by conversation) so that concurrent turns of one bot do not all wait on the same row.
CREATE TABLE kpi_daily (
    bot_id VARCHAR(100) NOT NULL,
    stat_day DATE NOT NULL,
    metric VARCHAR(32) NOT NULL,
    bucket VARCHAR(160) NOT NULL,
    shard SMALLINT NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (bot_id, stat_day, metric, bucket, shard)
);

-- What the roll-ups remember about each conversation between events (no personal data).
CREATE TABLE kpi_conversation (
    conversation_id VARCHAR(200) PRIMARY KEY,
    bot_id VARCHAR(100) NOT NULL,
    started_at_ms BIGINT,
    stat_day DATE NOT NULL,
    flags INTEGER NOT NULL,
    furthest INTEGER NOT NULL,
    qualification VARCHAR(20)
);

-- Last conversation per contact (a truncated SHA-256 of the email or phone), for recontacts.
CREATE TABLE kpi_contact (
    bot_id VARCHAR(100) NOT NULL,
    contact_key VARCHAR(64) NOT NULL,
    conversation_id VARCHAR(200) NOT NULL,
    seen_at_ms BIGINT NOT NULL,
    PRIMARY KEY (bot_id, contact_key)
);
