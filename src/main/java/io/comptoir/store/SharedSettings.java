package io.comptoir.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Settings every instance on one database shares (table comptoir_settings). Instances on one PostgreSQL would
 * otherwise each generate their own internal API key, and the console would log in on one instance only.
 */
public final class SharedSettings {
    private static final String INTERNAL_KEY = "internal_api_key";

    private SharedSettings() {}

    /** The key stored in the database; {@code proposed} is stored first when there is none (the first instance wins). */
    public static String internalKey(Jdbi jdbi, String proposed) {
        Optional<String> stored = read(jdbi);
        if (stored.isPresent()) return stored.get();
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO comptoir_settings (setting_name, setting_value) VALUES (:n, :v)")
                    .bind("n", INTERNAL_KEY).bind("v", proposed).execute());
        } catch (RuntimeException anotherInstanceWon) {
            // two instances started together: the row that is there is the shared key
        }
        return read(jdbi).orElse(proposed);
    }

    private static Optional<String> read(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM comptoir_settings WHERE setting_name = :n")
                .bind("n", INTERNAL_KEY).mapTo(String.class).findOne());
    }
}
