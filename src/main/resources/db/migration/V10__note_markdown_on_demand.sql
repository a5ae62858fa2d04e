-- The note's Markdown is rendered on demand from the replayed state: storing it doubled the bytes written per turn.
ALTER TABLE conversations DROP COLUMN note_md;
