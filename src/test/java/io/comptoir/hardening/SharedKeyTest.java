package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.store.SharedSettings;
import io.comptoir.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Instances sharing one PostgreSQL use one internal key: the first stores it, the next ones read it. */
class SharedKeyTest {
    @Test
    void the_second_instance_on_a_database_gets_the_key_the_first_one_stored() {
        try (var db = TestDatabases.postgres()) {
            String first = SharedSettings.internalKey(db.db().jdbi(), "ck_first");
            String second = SharedSettings.internalKey(db.db().jdbi(), "ck_second");
            assertThat(first).isEqualTo("ck_first");
            assertThat(second).isEqualTo("ck_first");
        }
    }
}
