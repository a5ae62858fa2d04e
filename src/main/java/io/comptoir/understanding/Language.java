package io.comptoir.understanding;

import java.util.Locale;
import java.util.Optional;

/** A language Comptoir reads and writes. Adding one means adding its resource files, not code paths. */
public enum Language {
    FR("fr", "FR"), EN("en", "US");

    private final String code;
    private final String defaultRegion;

    Language(String code, String defaultRegion) {
        this.code = code;
        this.defaultRegion = defaultRegion;
    }

    public String code() { return code; }

    /** ISO 3166 region used for phone numbers when the bot does not name one. */
    public String defaultRegion() { return defaultRegion; }

    public Locale locale() { return Locale.forLanguageTag(code); }

    public static Optional<Language> fromCode(String code) {
        if (code == null) return Optional.empty();
        for (Language l : values()) if (l.code.equalsIgnoreCase(code.trim())) return Optional.of(l);
        return Optional.empty();
    }
}
