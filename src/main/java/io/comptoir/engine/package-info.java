/**
 * The conversation engine: a pure function {@code (ConversationState, UserTurn) -> TurnResult}.
 * No I/O, no clock, no randomness: replaying the same turns gives the same state, replies and note.
 */
package io.comptoir.engine;
