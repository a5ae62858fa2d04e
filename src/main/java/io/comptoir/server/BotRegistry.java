package io.comptoir.server;

import io.comptoir.ComptoirException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bots a server serves, by id, in a stable order. */
public final class BotRegistry {
    private final Map<String, ServedBot> bots = new LinkedHashMap<>();

    public BotRegistry(List<ServedBot> bots) {
        for (ServedBot b : bots) this.bots.put(b.id(), b);
    }

    public ServedBot get(String id) {
        ServedBot b = bots.get(id);
        if (b == null) throw new ComptoirException.NotFound("unknown bot '" + id + "'; known bots: "
                + String.join(", ", bots.keySet()));
        return b;
    }

    public boolean has(String id) { return bots.containsKey(id); }

    public Collection<ServedBot> all() { return bots.values(); }
}
