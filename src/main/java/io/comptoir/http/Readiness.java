package io.comptoir.http;

import java.util.Optional;

/** Whether the store answers (for /readyz): empty when it does, else why not. */
@FunctionalInterface
public interface Readiness {
    Optional<String> problem();
}
