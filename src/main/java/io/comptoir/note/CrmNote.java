package io.comptoir.note;

import io.comptoir.engine.Answer;
import io.comptoir.engine.Change;
import io.comptoir.engine.Contact;
import io.comptoir.engine.Objection;
import io.comptoir.engine.Recommended;
import io.comptoir.understanding.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The internal note a conversation leaves for the team (sales or support). Never shown to the client.
 * JSON (snake_case) and Markdown renderings live in adapters and {@link NoteMarkdown}.
 *
 * @param answers collected answers in the bot's question order
 * @param need the need in the client's own words
 * @param summary 2 to 5 sentences written for a salesperson
 * @param endedAt null while the conversation is still open
 * @param unansweredQuestions the client's questions the FAQ could not answer, in their words (to enrich the FAQ)
 * @param words what a person reads for each id above, in the bot's language (null only while the note is built)
 */
public record CrmNote(String conversationId, String bot, String language, Instant startedAt, Instant endedAt,
                      Contact contact, List<AnswerEntry> answers, String need, String summary, Indicators indicators,
                      Qualification qualification, List<Recommended> recommendation, Cta cta, NextAction nextAction,
                      List<String> flags, List<Change> changes,
                      List<String> unansweredQuestions, Words words) {
    public CrmNote {
        answers = List.copyOf(answers);
        recommendation = List.copyOf(recommendation);
        flags = List.copyOf(flags);
        changes = List.copyOf(changes);
        unansweredQuestions = List.copyOf(unansweredQuestions);
    }

    public CrmNote withWords(Words w) {
        return new CrmNote(conversationId, bot, language, startedAt, endedAt, contact, answers, need, summary, indicators,
                qualification, recommendation, cta, nextAction, flags, changes, unansweredQuestions, w);
    }

    /**
     * The note's ids said for people: the question and option labels of the bot, values in its language, amounts
     * and dates formatted for it. The ids stay in the fields above for integrations.
     *
     * @param heading the contact and the need, e.g. "Marie Durand — Boutique en ligne"
     * @param answers question id → question label and the value in words
     * @param flags flag id → label, in the note's order
     * @param changes field id → field label and "from → to" in words
     * @param due the due date in words, or null
     */
    public record Words(String heading, String botName, List<Labeled> answers, String urgency, String decisionMaker,
                        String qualification, String ctaType, String ctaStatus, List<Labeled> ctaDetails, String owner,
                        String due, String startedAt, String endedAt, Map<String, String> flags, List<Labeled> changes,
                        List<String> objections) {
        public Words {
            answers = List.copyOf(answers);
            ctaDetails = List.copyOf(ctaDetails);
            flags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flags));
            changes = List.copyOf(changes);
            objections = List.copyOf(objections);
        }
    }

    /** An id, the label people read for it, and its value in words. */
    public record Labeled(String id, String label, String value) {}

    public record AnswerEntry(String questionId, Answer value) {}

    /**
     * @param urgency high, medium, low or unknown
     * @param budget the stated budget, or null
     * @param decisionMaker yes, no or unknown
     * @param evidence indicator name (urgency, budget, decision_maker) → the client's words it came from
     */
    public record Indicators(String urgency, Entity.Money budget, String decisionMaker, List<Objection> objections,
                             Map<String, String> evidence) {
        public Indicators {
            objections = List.copyOf(objections);
            evidence = Map.copyOf(evidence);
        }
    }

    /** @param status sql, mql, unqualified or out_of_scope */
    public record Qualification(int score, String status) {}

    /** @param type booking, purchase, callback, ticket or none; @param status proposed, accepted, declined or null */
    public record Cta(String type, String status, Map<String, String> details) {
        public Cta {
            details = Map.copyOf(details);
        }
    }

    /** @param owner sales, support or none */
    public record NextAction(String action, String owner, LocalDate due) {}
}
