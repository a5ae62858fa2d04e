package io.comptoir.engine;

import io.comptoir.bot.CtaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Append-only facts about a conversation, emitted by the engine with the turn they belong to (and, for
 * purchases and ratings, posted from outside). KPIs are computed from these alone.
 */
public sealed interface ConversationEvent {
    Instant at();

    /** The snake_case event type used in storage and reports, e.g. {@code slot_filled}. */
    String type();

    record ConversationStarted(Instant at) implements ConversationEvent {
        public String type() { return "conversation_started"; }
    }

    record StageEntered(Instant at, Stage stage) implements ConversationEvent {
        public String type() { return "stage_entered"; }
    }

    record QuestionAsked(Instant at, String questionId) implements ConversationEvent {
        public String type() { return "question_asked"; }
    }

    record SlotFilled(Instant at, String questionId) implements ConversationEvent {
        public String type() { return "slot_filled"; }
    }

    record ClarificationAsked(Instant at, String questionId) implements ConversationEvent {
        public String type() { return "clarification_asked"; }
    }

    record Correction(Instant at, String questionId) implements ConversationEvent {
        public String type() { return "correction"; }
    }

    record DigressionAnswered(Instant at, String faqId) implements ConversationEvent {
        public String type() { return "digression_answered"; }
    }

    record OutOfScope(Instant at) implements ConversationEvent {
        public String type() { return "out_of_scope"; }
    }

    record HumanRequested(Instant at) implements ConversationEvent {
        public String type() { return "human_requested"; }
    }

    /** @param sources FAQ entry ids or recommended catalog item ids */
    record AnswerGiven(Instant at, String kind, List<String> sources) implements ConversationEvent {
        public AnswerGiven {
            sources = List.copyOf(sources);
        }
        public String type() { return "answer_given"; }
    }

    record CtaProposed(Instant at, CtaType cta) implements ConversationEvent {
        public String type() { return "cta_proposed"; }
    }

    record CtaAccepted(Instant at, CtaType cta, Map<String, String> details) implements ConversationEvent {
        public CtaAccepted {
            details = Map.copyOf(details);
        }
        public String type() { return "cta_accepted"; }
    }

    record CtaDeclined(Instant at, CtaType cta) implements ConversationEvent {
        public String type() { return "cta_declined"; }
    }

    /** Posted by the shop through the internal API. */
    record Purchase(Instant at, BigDecimal amount, String currency) implements ConversationEvent {
        public String type() { return "purchase"; }
    }

    record Csat(Instant at, int score) implements ConversationEvent {
        public String type() { return "csat"; }
    }

    record ConversationEnded(Instant at, EndReason reason) implements ConversationEvent {
        public String type() { return "conversation_ended"; }
    }
}
