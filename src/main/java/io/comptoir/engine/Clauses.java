package io.comptoir.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A message cut into its question clauses and its statement part: "je suis seul. c'est combien la création ?"
 * answers with "je suis seul" and asks "c'est combien la création". A question sentence keeps only its last
 * comma-separated part as the question ("oui mais je roule tous les jours, vous prêtez une voiture ?"), the rest
 * being what the client states.
 */
record Clauses(List<String> questions, String statement) {

    static Clauses of(String text, Texts texts) {
        List<String> questions = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c != '.' && c != '!' && c != '?' && c != ';' && c != '\n' && i < text.length()) continue;
            String sentence = text.substring(start, Math.min(i, text.length())).trim();
            start = i + 1;
            if (sentence.isEmpty()) continue;
            if (c == '?' || Reading.startsAsQuestion(sentence, texts)) {
                int comma = lastStatementComma(sentence);
                String q = comma < 0 ? sentence : sentence.substring(comma + 1).trim();
                if (comma >= 0) append(statement, sentence.substring(0, comma));
                questions.add(q);
            } else append(statement, sentence);
        }
        return new Clauses(List.copyOf(questions), statement.toString().trim());
    }

    /** The comma before the question part of a sentence, or -1 when the question part would be a word or two. */
    private static int lastStatementComma(String sentence) {
        int comma = sentence.lastIndexOf(',');
        while (comma >= 0 && Reading.words(sentence.substring(comma + 1)) < 3) comma = sentence.lastIndexOf(',', comma - 1);
        return comma;
    }

    private static void append(StringBuilder b, String part) {
        String p = part.trim();
        if (p.isEmpty()) return;
        if (b.length() > 0) b.append(". ");
        b.append(p);
    }

    boolean hasQuestion() { return !questions.isEmpty(); }
}
