package io.comptoir.cli;

import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Language;

/**
 * Where `understand` and `eval understanding` get a bot's scope verdict and phone region: the bot folder loader
 * and the knowledge layer's ScopeClassifier ({@link BotScopeHook}); {@link #NONE} answers null.
 */
interface ScopeHook {
    /** In scope for the named bot (folder or bundled example id), or null when no bot is given or available. */
    Boolean inScope(String bot, String text, Analysis analysis);

    /** The phone region the bot declares, or null to use the language's default. */
    String phoneRegion(String bot, Language language);

    ScopeHook NONE = new ScopeHook() {
        @Override public Boolean inScope(String bot, String text, Analysis analysis) { return null; }
        @Override public String phoneRegion(String bot, Language language) { return null; }
    };

    /** The bot folder loader with the knowledge layer's ScopeClassifier. */
    static ScopeHook available() { return new BotScopeHook(); }
}
