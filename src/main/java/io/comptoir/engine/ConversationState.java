package io.comptoir.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole state of one conversation. Immutable; the engine returns a new one each turn.
 *
 * @param turn number of client messages handled so far (also varies the wording deterministically)
 * @param pending the question or contact field the bot asked last and waits for (null when none)
 * @param answers collected slot values by question id
 * @param unclear how many unclear answers each question received (2 means recorded as unknown)
 * @param changes slots the client changed, with old and new values
 * @param flags conversation flags for the note: hesitant, changed_mind, out_of_scope, human_requested, ...
 * @param recommendation what the answer stage recommended or answered with
 * @param cta the call to action under way, null before the call-to-action stage
 * @param resolved support bots: whether the client said the answer solved the problem (null: not asked)
 * @param endReason set when the conversation is closed
 * @param unanswered the client's in-scope questions the FAQ could not answer, in their words, for the team
 */
public record ConversationState(String conversationId, String botId, Instant startedAt, Instant lastAt, Stage stage,
                                int turn, String pending, Map<String, Answer> answers, Map<String, Integer> unclear,
                                List<Change> changes, List<String> flags, Indicators indicators, Contact contact,
                                List<Recommended> recommendation, List<String> faqAnswered, CtaProgress cta,
                                Boolean resolved, int outOfScopeCount, EndReason endReason, Instant endedAt,
                                List<String> unanswered) {

    public ConversationState {
        answers = Map.copyOf(answers);
        unclear = Map.copyOf(unclear);
        changes = List.copyOf(changes);
        flags = List.copyOf(flags);
        recommendation = List.copyOf(recommendation);
        faqAnswered = List.copyOf(faqAnswered);
        unanswered = List.copyOf(unanswered);
    }

    /** A bare state with nothing collected (kept for callers and fakes that only track the stage). */
    public ConversationState(String conversationId, String botId, Instant startedAt, Instant lastAt, Stage stage) {
        this(conversationId, botId, startedAt, lastAt, stage, 0, null, Map.of(), Map.of(), List.of(), List.of(),
                Indicators.UNKNOWN, Contact.EMPTY, List.of(), List.of(), null, null, 0, null, null, List.of());
    }

    /** A fresh conversation, before the welcome turn. */
    public static ConversationState initial(String conversationId, String botId, Instant at) {
        return new ConversationState(conversationId, botId, at, at, Stage.WELCOME, 0, null, Map.of(), Map.of(),
                List.of(), List.of(), Indicators.UNKNOWN, Contact.EMPTY, List.of(), List.of(), null, null, 0, null, null,
                List.of());
    }

    public boolean ended() { return stage == Stage.CLOSED; }

    public Optional<Answer> answer(String questionId) { return Optional.ofNullable(answers.get(questionId)); }

    public boolean hasFlag(String flag) { return flags.contains(flag); }
}
