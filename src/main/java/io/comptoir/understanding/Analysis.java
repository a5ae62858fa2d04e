package io.comptoir.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the understanding layer read in one client message. Immutable. */
public record Analysis(Language language, String text, List<Entity> entities, Set<Signal> signals) {
    public Analysis {
        entities = List.copyOf(entities);
        signals = Set.copyOf(signals);
    }

    public static Analysis empty(Language language, String text) {
        return new Analysis(language, text, List.of(), Set.of());
    }

    public boolean has(Signal s) { return signals.contains(s); }

    public <T extends Entity> List<T> all(Class<T> type) {
        return entities.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends Entity> Optional<T> first(Class<T> type) {
        return all(type).stream().findFirst();
    }
}
