package io.comptoir.knowledge;

import io.comptoir.understanding.Analysis;

/** Port: whether a client message is something this bot handles (offer, FAQ, catalog, intake, small talk). */
public interface ScopeClassifier {
    boolean inScope(String text, Analysis analysis);
}
