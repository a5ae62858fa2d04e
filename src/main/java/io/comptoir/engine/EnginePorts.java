package io.comptoir.engine;

import io.comptoir.knowledge.FaqAnswerer;
import io.comptoir.knowledge.Recommender;
import io.comptoir.knowledge.ScopeClassifier;
import io.comptoir.understanding.TextMatcher;
import io.comptoir.understanding.Understander;

/** What the engine needs from the understanding and knowledge components of one bot. */
public record EnginePorts(Understander understander, TextMatcher matcher, FaqAnswerer faq, Recommender recommender,
                          ScopeClassifier scope) {}
