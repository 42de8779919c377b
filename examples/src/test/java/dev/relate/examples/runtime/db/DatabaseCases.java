package dev.relate.examples.runtime.db;

/**
 * The tests of a table test, run on one database: the test class declares a nested class per
 * {@link TestDatabase} that extends its cases, and each test opens what it needs with {@link #db}.
 */
public abstract class DatabaseCases {
    /** The database these cases run on. */
    protected final TestDatabase db;

    protected DatabaseCases(TestDatabase db) {
        this.db = db;
    }
}
