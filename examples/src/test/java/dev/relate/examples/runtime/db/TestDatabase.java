package dev.relate.examples.runtime.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every table test runs on: an in-memory H2, and a real PostgreSQL server (one per
 * test JVM, see {@link PostgresServer}). Each {@link #open()} gives an empty database of its own: a
 * new in-memory H2 database, or a new schema on the PostgreSQL server.
 */
public enum TestDatabase {
    H2 {
        @Override
        public Connection open() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:mem:relate_" + COUNTER.incrementAndGet());
        }
    },
    POSTGRESQL {
        @Override
        public Connection open() throws SQLException {
            String schema = "relate_" + COUNTER.incrementAndGet();
            String url = PostgresServer.url();
            try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A connection to an empty database of its own, in autocommit mode. */
    public abstract Connection open() throws SQLException;

    /** A name as this database's metadata spells an unquoted identifier. */
    public String identifier(String name) {
        return this == H2 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }
}
