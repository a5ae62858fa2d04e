package io.comptoir.store;

/** The store contract on the default embedded H2 file database. */
class H2StoreTest extends StoreContract {
    @Override
    TestDatabases.Handle open() { return TestDatabases.h2(); }
}
