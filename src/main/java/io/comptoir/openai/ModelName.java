package io.comptoir.openai;

import io.comptoir.ComptoirException;
import io.comptoir.server.BotRegistry;

/** Model ids: {@code comptoir-<bot>} for the client view, {@code comptoir-<bot>-interne} with the live note. */
record ModelName(String botId, boolean internal) {
    static final String PREFIX = "comptoir-";
    static final String INTERNAL_SUFFIX = "-interne";

    String id() { return PREFIX + botId + (internal ? INTERNAL_SUFFIX : ""); }

    static ModelName parse(String model, BotRegistry bots) {
        if (model != null && model.startsWith(PREFIX)) {
            String rest = model.substring(PREFIX.length());
            if (bots.has(rest)) return new ModelName(rest, false);
            if (rest.endsWith(INTERNAL_SUFFIX)) {
                String bot = rest.substring(0, rest.length() - INTERNAL_SUFFIX.length());
                if (bots.has(bot)) return new ModelName(bot, true);
            }
        }
        throw new ComptoirException.NotFound("The model '" + model + "' does not exist; GET /v1/models lists them");
    }
}
