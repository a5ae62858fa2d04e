package io.comptoir.bot;

import java.util.List;

/** One FAQ entry: a question heading, alternative phrasings, tags, the answer and an optional link. */
public record FaqEntry(String id, String question, List<String> alternatives, List<String> tags,
                       String answer, String link) {
    public FaqEntry {
        alternatives = List.copyOf(alternatives);
        tags = List.copyOf(tags);
    }
}
