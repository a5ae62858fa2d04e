package io.comptoir.server;

import io.comptoir.engine.ConversationState;
import io.comptoir.store.NoteFields;

/** Port: the internal CRM note of a conversation state, as JSON (snake_case keys) and as Markdown for people. */
public interface NoteView {
    String json(ConversationState state);

    String markdown(ConversationState state);

    /** The JSON and the fields the store indexes (qualification, contact), computed once per turn. */
    default NoteFields fields(ConversationState state) { return NoteIndex.fields(json(state)); }
}
