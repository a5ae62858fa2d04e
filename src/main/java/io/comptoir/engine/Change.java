package io.comptoir.engine;

/** A slot the client changed their mind about: the old and the new value are both kept for the note. */
public record Change(String field, Answer from, Answer to) {}
