package io.comptoir.store;

/** The store contract on PostgreSQL (COMPTOIR_TEST_PG_URL), in a schema of its own dropped afterwards. */
class PostgresStoreTest extends StoreContract {
    @Override
    TestDatabases.Handle open() { return TestDatabases.postgres(); }
}
