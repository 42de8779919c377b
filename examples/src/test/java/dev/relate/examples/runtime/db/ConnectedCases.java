package dev.relate.examples.runtime.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link DatabaseCases} whose every test has a {@link #connection} to an empty database of its own,
 * opened before the test (and before the {@code @BeforeEach} methods of subclasses) and closed after it
 * (after theirs).
 */
public abstract class ConnectedCases extends DatabaseCases {
    /** The open connection of the test running, in autocommit mode when the test starts. */
    protected Connection connection;

    protected ConnectedCases(TestDatabase db) {
        super(db);
    }

    @BeforeEach
    protected final void openConnection() throws SQLException {
        connection = db.open();
    }

    @AfterEach
    protected final void closeConnection() throws SQLException {
        connection.close();
    }

    /** Runs {@code sql} on {@link #connection}. */
    protected final void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
