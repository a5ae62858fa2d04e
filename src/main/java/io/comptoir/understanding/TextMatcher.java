package io.comptoir.understanding;

import java.util.List;
import java.util.Optional;

/**
 * Port: finds which of several labelled phrase lists a message mentions, tolerant of accents, case,
 * elision, plurals and small typos (language-aware). Used for choice slots and vocabularies.
 */
public interface TextMatcher {
    /** A candidate option: its id and the phrases (label and synonyms) that designate it. */
    record Choice(String id, List<String> phrases) {}

    /** A match: the option id and the words of the message it came from. */
    record Match(String id, String text) {}

    /** Every option mentioned in the text, best first; empty when none. */
    List<Match> matchAll(String text, List<Choice> choices, Language language);

    default Optional<Match> match(String text, List<Choice> choices, Language language) {
        return matchAll(text, choices, language).stream().findFirst();
    }
}
