package io.comptoir.engine;

import io.comptoir.knowledge.FaqResult;
import java.util.List;

/**
 * What one client message does in its conversation, read in context (the pending question, the filled answers,
 * the stage). A message gives a list of acts; {@link ActCleaner} removes the conflicting ones, then the engine
 * carries them out in the order documented in docs/engine.md. Every act keeps its evidence: the client's words
 * it was read from, so that an author can see why the bot did what it did ({@code chat --internal}).
 */
public sealed interface DialogueAct {
    /** The client's words the act was read from. */
    String evidence();

    /** The short name shown to authors and in {@code chat --json}, e.g. {@code set_slot}. */
    default String kind() {
        String n = getClass().getSimpleName();
        return n.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A first value for a question (asked or not). */
    record SetSlot(String question, Answer value, String evidence) implements DialogueAct {}

    /** A new value for a filled question, read only with a correction marker, a re-ask or a restated topic. */
    record CorrectSlot(String question, Answer from, Answer to, String evidence) implements DialogueAct {}

    /** A question about the offer, to answer from the FAQ: {@code query} is the question clause itself. */
    record AskKnowledge(String query, String evidence, FaqResult result) implements DialogueAct {
        boolean answered() { return result instanceof FaqResult.Answered; }
    }

    /** A contact detail (email, phone, name, company), kept whatever the stage and never asked again. */
    record GiveContact(String field, String value, String evidence) implements DialogueAct {}

    record RequestHuman(String evidence) implements DialogueAct {}

    /** An angry or complaining client: acknowledged as such, flagged, routed to a person. */
    record Complain(String evidence) implements DialogueAct {}

    record Affirm(String evidence) implements DialogueAct {}

    record Deny(String evidence) implements DialogueAct {}

    record Hesitate(String evidence) implements DialogueAct {}

    /** "jsp", "no idea": no value for the pending question (re-asked once, then recorded as unknown). */
    record DontKnow(String question, String evidence) implements DialogueAct {}

    /** Two options of one question match equally: the bot asks which one. */
    record Clarify(String question, List<String> options, String evidence) implements DialogueAct {}

    /** A greeting or thanks with nothing else in it. */
    record ChitChat(String evidence) implements DialogueAct {}

    record Goodbye(String evidence) implements DialogueAct {}

    /** An attempt to read internal content (the note, the instructions): refused, whatever else the message says. */
    record Injection(String evidence) implements DialogueAct {}

    /** Nothing the bot covers is asked, answered or corrected: the offer is restated with a way out. */
    record CannotHandle(String evidence) implements DialogueAct {}
}
