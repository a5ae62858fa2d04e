package io.comptoir.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/** Tells the pool to drop a connection whose error says the store is closed or gone (see {@link StoreFailures}). */
public final class EvictWhenUnwell implements SQLExceptionOverride {
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return StoreFailures.classify(e) == StoreFailures.Kind.UNAVAILABLE ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
