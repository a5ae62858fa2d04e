package io.comptoir.knowledge;

import io.comptoir.understanding.Entity;
import java.util.Map;

/**
 * What the recommender needs from the conversation.
 *
 * @param answers question id → collected value as text: a choice option id, "yes"/"no", or free text
 * @param budget the client's budget, or null when unknown
 */
public record RecommendationRequest(Map<String, String> answers, Entity.Money budget) {
    public RecommendationRequest {
        answers = Map.copyOf(answers);
    }
}
