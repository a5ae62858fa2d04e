package io.comptoir.server;

import io.comptoir.engine.ConversationState;

/** Port: the internal CRM note of a conversation state, as JSON (snake_case keys) and as Markdown for people. */
public interface NoteView {
    String json(ConversationState state);

    String markdown(ConversationState state);
}
