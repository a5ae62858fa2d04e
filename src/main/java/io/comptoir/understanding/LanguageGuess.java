package io.comptoir.understanding;

import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.text.Folder;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a message when the caller does not say it: the language whose common words
 * (matching.yaml stop words) the message uses most; French on a tie, French first.
 */
public final class LanguageGuess {
    private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            Set<String> words = new HashSet<>();
            for (String w : LanguageData.strings(new LanguageData(l.code()).file("matching"), "stopwords")) {
                words.add(Folder.foldString(w));
            }
            WORDS.put(l, words);
        }
    }

    private LanguageGuess() {}

    public static Language guess(String text) {
        if (text == null || text.isBlank()) return Language.FR;
        String folded = Folder.foldString(text.length() > 2000 ? text.substring(0, 2000) : text);
        Language best = Language.FR;
        int bestHits = 0;
        for (Language l : Language.values()) {
            int hits = 0;
            for (String w : folded.split("[^\\p{L}]+")) if (WORDS.get(l).contains(w)) hits++;
            if (hits > bestHits) { best = l; bestHits = hits; }
        }
        return best;
    }
}
