package io.comptoir.knowledge;

/** Port: picks 1 to 3 catalog items that fit what the client said, with reasons. */
public interface Recommender {
    RecommendationResult recommend(RecommendationRequest request);
}
