-- updated_at changes at every turn, so its index was rewritten at every commit; the idle sweep (once a minute) now
-- finds active conversations through the status index, which changes once per conversation.
DROP INDEX conversations_updated;
CREATE INDEX conversations_status ON conversations (status);
