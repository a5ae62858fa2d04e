-- Conversations, their turns and their events. Portable SQL: runs on H2 (file) and PostgreSQL.
-- Versions 2-9 are reserved for the KPI roll-ups; server migrations continue at V10.
CREATE TABLE conversations (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    bot_id        VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    external_key  VARCHAR(200),
    channel       VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    stage         VARCHAR(20)  NOT NULL,
    version       INTEGER      NOT NULL,
    turn_count    INTEGER      NOT NULL,
    event_count   INTEGER      NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    qualification VARCHAR(20),
    contact_email VARCHAR(320),
    contact_phone VARCHAR(64),
    csat          INTEGER,
    csat_comment  VARCHAR(2000),
    note_json     VARCHAR(1000000),
    note_md       VARCHAR(1000000)
);
CREATE UNIQUE INDEX conversations_token ON conversations (token_hash);
CREATE UNIQUE INDEX conversations_external ON conversations (external_key);
CREATE INDEX conversations_bot_started ON conversations (bot_id, started_at);
CREATE INDEX conversations_updated ON conversations (updated_at);
CREATE INDEX conversations_email ON conversations (contact_email);
CREATE INDEX conversations_phone ON conversations (contact_phone);

-- Every client message and bot reply, in order (role: client | bot; buttons: JSON array of strings).
CREATE TABLE conversation_turns (
    conversation_id VARCHAR(64)   NOT NULL,
    seq             INTEGER       NOT NULL,
    role            VARCHAR(10)   NOT NULL,
    text            VARCHAR(20000) NOT NULL,
    buttons         VARCHAR(8000),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

-- Append-only events, written in the transaction of the turn they belong to (payload: JSON object).
CREATE TABLE conversation_events (
    conversation_id VARCHAR(64)  NOT NULL,
    bot_id          VARCHAR(100) NOT NULL,
    seq             INTEGER      NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    payload         VARCHAR(100000) NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX conversation_events_bot_at ON conversation_events (bot_id, at);
