package io.comptoir.bot;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog row with typed values. {@code attributes} holds every column by name, already typed per the
 * schema: String (text, choice, url), BigDecimal (money), Boolean, Long (integer).
 */
public record CatalogItem(String id, String name, Map<String, Object> attributes) {
    public CatalogItem {
        attributes = Map.copyOf(attributes);
    }

    public Optional<BigDecimal> money(String column) {
        return Optional.ofNullable(attributes.get(column)).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast);
    }

    public Optional<String> text(String column) {
        return Optional.ofNullable(attributes.get(column)).map(Object::toString);
    }

    public Optional<Boolean> bool(String column) {
        return Optional.ofNullable(attributes.get(column)).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }
}
