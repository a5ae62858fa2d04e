package io.comptoir.knowledge;

/** Port: answers a client question from the bot's FAQ only (transform → retrieve → rank → compose). */
public interface FaqAnswerer {
    FaqResult ask(String question);
}
