package io.comptoir.botfolder;

import io.comptoir.bot.BotDefinition;
import java.util.List;
import java.util.Optional;

/**
 * What checking a bot folder found: the definition when the folder is valid, else every problem.
 *
 * @param definition present exactly when {@code problems} is empty
 */
public record LoadResult(String location, Optional<BotDefinition> definition, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() { return problems.isEmpty(); }

    /** The definition, or an {@link InvalidBotException} listing every problem. */
    public BotDefinition orThrow() {
        return definition.orElseThrow(() -> new InvalidBotException(location, problems));
    }
}
