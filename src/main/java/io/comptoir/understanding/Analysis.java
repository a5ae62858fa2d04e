package io.comptoir.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the understanding layer read in one client message. Immutable. */
public record Analysis(Language language, String text, List<Entity> entities, Set<Signal> signals) {
    public Analysis {
        entities = List.copyOf(entities);
        // an enum set: read many times per message, and iterated in the declared order (stable output)
        signals = signals.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(signals));
    }

    public static Analysis empty(Language language, String text) {
        return new Analysis(language, text, List.of(), Set.of());
    }

    public boolean has(Signal s) { return signals.contains(s); }

    public <T extends Entity> List<T> all(Class<T> type) {
        List<T> out = null;
        for (Entity e : entities) {
            if (!type.isInstance(e)) continue;
            if (out == null) out = new java.util.ArrayList<>(2);
            out.add(type.cast(e));
        }
        return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
    }

    public <T extends Entity> Optional<T> first(Class<T> type) {
        for (Entity e : entities) if (type.isInstance(e)) return Optional.of(type.cast(e));
        return Optional.empty();
    }
}
