-- The outbox of CRM deliveries (issue #17): one row per finished conversation and endpoint, inserted in the
-- transaction of the conversation's final turn, so a note is never lost between commit and send.
-- status: pending | delivered | dead. next_at: when a pending row is due; a worker that claims it pushes next_at
-- forward by a lease, so another instance (or a restart after a crash) takes it over only once the lease is over.
-- body: the note JSON as it stood at the end (what is signed and sent). progress: the answers of the CRM requests
-- already made (a JSON array), so a retry resumes where it failed instead of creating the contact again.
CREATE TABLE deliveries (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)  NOT NULL,
    bot_id          VARCHAR(100) NOT NULL,
    endpoint        VARCHAR(200) NOT NULL,
    event           VARCHAR(40)  NOT NULL,
    body            VARCHAR(1000000) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR(2000),
    progress        VARCHAR(100000)
);
CREATE INDEX deliveries_due ON deliveries (status, next_at);
CREATE INDEX deliveries_conversation ON deliveries (conversation_id);
-- Erasure and retention delete a conversation's recontact keys by its id. (Retention finds old conversations with
-- an hourly scan rather than an index on updated_at, which V11 dropped because every turn rewrote it.)
CREATE INDEX kpi_contact_conversation ON kpi_contact (conversation_id);
