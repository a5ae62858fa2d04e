package io.comptoir.understanding;

/** Port: reads entities and signals in one client message. Pure and deterministic; never throws on odd text. */
public interface Understander {
    Analysis analyze(String text, UnderstandingContext context);
}
