package io.comptoir.cli;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.delivery.Endpoints;
import io.comptoir.delivery.RetryPolicy;
import io.comptoir.delivery.http.DeliveryFeature;
import io.comptoir.lifecycle.RetentionSweeper;
import io.comptoir.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The serve options of CRM delivery and retention, turned into the running pieces. */
final class DeliveryOptions {
    private DeliveryOptions() {}

    static DeliveryFeature feature(List<BotDefinition> bots, int attempts, String backoff) {
        if (attempts < 1) throw new ComptoirException.InvalidInput("--delivery-attempts must be at least 1");
        Duration base = LoadtestCommand.parseDuration(backoff);
        if (base.isZero()) throw new ComptoirException.InvalidInput("--delivery-backoff must be more than 0, e.g. 30s");
        return new DeliveryFeature(Endpoints.configure(System.getenv(), bots), RetryPolicy.standard(attempts, base),
                Clock.systemUTC());
    }

    /** The running sweeper, or null when conversations are kept (0 days). */
    static RetentionSweeper retention(Database db, int days) {
        if (days < 0) throw new ComptoirException.InvalidInput("--retention-days must be 0 (keep) or more");
        return days == 0 ? null : new RetentionSweeper(db.jdbi(), Duration.ofDays(days), Clock.systemUTC()).start();
    }
}
