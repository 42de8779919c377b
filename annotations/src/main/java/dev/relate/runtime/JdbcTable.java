package dev.relate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the two kinds of association table share: creating the table, checking every row before the
 * first statement, and replacing the rows of some left objects as one unit.
 *
 * <p>{@code saveLinks} is all or nothing. Every row is built and checked first (ids present, no
 * object given twice, no two rows with the same pair of ids, every value held by its column as it
 * is: see {@link TableColumn}), and a problem found there throws an {@link IllegalStateException}
 * or {@link IllegalArgumentException} naming the object, before the database is touched. Then the old rows are deleted and the new ones
 * inserted as one unit: under autocommit in a transaction of its own (committed, or rolled back on
 * failure, and autocommit switched back on either way); inside the caller's transaction otherwise,
 * behind a savepoint that a failure rolls back to, so that the caller's earlier work stays and its
 * transaction stays usable (on PostgreSQL too, where a failed statement otherwise spoils the whole
 * transaction). Either way a failure leaves the table as it was. (A driver without savepoints
 * leaves undoing the unit to the caller's rollback, and the exception says so.)
 *
 * @param <L> the left class, whose id is in the left column
 * @param <R> the right class, whose id is in the right column
 */
public abstract class JdbcTable<L, R> {
    /**
     * The length of the {@code VARCHAR} columns relate creates for {@code String} ids and extra data;
     * a longer string is refused before anything is written.
     */
    public static final int VARCHAR_LENGTH = 255;

    final String table;
    final String leftColumn;
    final String rightColumn;
    /** What a string id must fit: relate stores a String id in a VARCHAR of {@link #VARCHAR_LENGTH}. */
    private final TableColumn leftIdColumn;
    private final TableColumn rightIdColumn;
    private final String createSql;
    private final Class<?> leftIdType;
    private final Class<?> rightIdType;

    JdbcTable(String table, String leftColumn, String rightColumn, String createSql, Class<?> leftIdType,
            Class<?> rightIdType) {
        this.table = table;
        this.leftColumn = leftColumn;
        this.rightColumn = rightColumn;
        this.leftIdColumn = TableColumn.text(leftColumn, VARCHAR_LENGTH);
        this.rightIdColumn = TableColumn.text(rightColumn, VARCHAR_LENGTH);
        this.createSql = createSql;
        this.leftIdType = leftIdType;
        this.rightIdType = rightIdType;
    }

    /** A left object's id; {@code null} while it has none. */
    protected abstract Object leftId(L left);

    /** A right object's id; {@code null} while it has none. */
    protected abstract Object rightId(R right);

    /** Creates the table. */
    public final void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql);
        }
    }

    /** The SELECT of every row, the left and right ids first, in the order of the ids. */
    final String selectSql(String extraColumns) {
        return "SELECT " + leftColumn + ", " + rightColumn + extraColumns + " FROM " + table + " ORDER BY "
                + leftColumn + ", " + rightColumn;
    }

    final Object leftIdOf(ResultSet row) throws SQLException {
        return row.getObject(1, leftIdType);
    }

    final Object rightIdOf(ResultSet row) throws SQLException {
        return row.getObject(2, rightIdType);
    }

    /**
     * The id of each left object to save, after checking that each has an id that fits its column,
     * is given once and shares its id with no other.
     */
    final Map<L, Object> leftIds(Collection<? extends L> lefts) {
        Map<L, Object> ids = new IdentityHashMap<>();
        Map<Object, L> byId = new HashMap<>();
        for (L left : lefts) {
            if (left == null) {
                throw Problems.nullToSave(table);
            }
            Object id = leftIdColumn.check(requireId(leftId(left), left, Problems.Part.ITS_LINKS.text()), left, table);
            if (ids.put(left, id) != null) {
                throw Problems.givenTwice(left, table);
            }
            L other = byId.put(id, left);
            if (other != null) {
                throw Problems.sameIdToSave(other, left, id, table);
            }
        }
        return ids;
    }

    /** A right object's id, after checking that it has one and that it fits its column. */
    final Object checkedRightId(L left, R right, String what) {
        if (right == null) {
            throw Problems.holdsNull(left, what, table);
        }
        return rightIdColumn.check(requireId(rightId(right), right, Problems.Part.ITS_LINKS.text()), right, table);
    }

    /**
     * Adds a row, after checking that no row before it has the same pair of ids.
     *
     * @param seen the row already added for each pair, with a description of it
     */
    final void addRow(List<Object[]> rows, Map<List<Object>, String> seen, Object[] row, String description) {
        String before = seen.put(Arrays.asList(row[0], row[1]), description);
        if (before != null) {
            throw Problems.samePair(before, description, row[0], row[1], table);
        }
        rows.add(row);
    }

    /** The given objects by id, each checked to have an id that no other given object has. */
    final <T> Map<Object, T> byId(Collection<? extends T> objects, Function<T, Object> idOf) {
        Map<Object, T> byId = new HashMap<>();
        for (T object : objects) {
            Object id = idOf.apply(object);
            T other = byId.put(requireId(id, object, Problems.Part.ITS_LINKS.text()), object);
            if (other != null && other != object) {
                throw Problems.sameIdToLoad(other, object, id, table);
            }
        }
        return byId;
    }

    final Object requireId(Object id, Object object, String what) {
        if (id == null) {
            throw Problems.withoutId(object, what, table);
        }
        return id;
    }

    /**
     * Replaces the rows of the given left ids with {@code rows} as one unit (see the class comment).
     *
     * @param rows the values of each row, in the order of the insert's columns
     */
    final void replaceRows(Connection connection, Collection<Object> leftIds, List<Object[]> rows,
            String insertColumns) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        Savepoint savepoint = null;
        if (ownTransaction) {
            connection.setAutoCommit(false);
        } else {
            savepoint = savepoint(connection);
        }
        try {
            writeRows(connection, leftIds, rows, insertColumns);
            if (ownTransaction) {
                connection.commit();
            } else if (savepoint != null) {
                release(connection, savepoint);
            }
        } catch (SQLException e) {
            boolean undone = undo(connection, ownTransaction, savepoint, e);
            SQLException failure = Problems.saveFailed(table, outcome(ownTransaction, undone), e);
            if (undone) {
                restoreAutoCommit(connection, ownTransaction, failure);
            }
            throw failure;
        } catch (RuntimeException | Error e) {
            if (undo(connection, ownTransaction, savepoint, e)) {
                restoreAutoCommit(connection, ownTransaction, e);
            }
            throw e;
        }
        restoreAutoCommit(connection, ownTransaction, null);
    }

    /** Deletes the rows of the left ids and inserts the new ones, each in one batch. */
    private void writeRows(Connection connection, Collection<Object> leftIds, List<Object[]> rows,
            String insertColumns) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + leftColumn + " = ?")) {
            for (Object id : leftIds) {
                delete.setObject(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder parameters = new StringBuilder("?");
        for (int i = 1; i < rows.get(0).length; i++) {
            parameters.append(", ?");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + insertColumns + ") VALUES (" + parameters + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * What became of the rows after a failure. A unit of its own that could not be rolled back keeps
     * autocommit off: switching it on would commit what was written so far.
     */
    private static Problems.Part outcome(boolean ownTransaction, boolean undone) {
        if (undone) {
            return Problems.Part.TABLE_AS_IT_WAS;
        }
        return ownTransaction ? Problems.Part.ROLLBACK_FAILED : Problems.Part.CALLERS_ROLLBACK;
    }

    /** Switches autocommit back on after a unit of its own; a failure there joins {@code failure}, if any. */
    private static void restoreAutoCommit(Connection connection, boolean ownTransaction, Throwable failure)
            throws SQLException {
        if (!ownTransaction) {
            return;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** A savepoint, or null where the driver has none: then the caller's rollback undoes the work. */
    private static Savepoint savepoint(Connection connection) throws SQLException {
        try {
            return connection.setSavepoint();
        } catch (SQLFeatureNotSupportedException e) {
            return null;
        }
    }

    private static void release(Connection connection, Savepoint savepoint) throws SQLException {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLFeatureNotSupportedException e) {
            // the savepoint ends with the transaction
        }
    }

    /**
     * Releases a savepoint rolled back to, so that the caller's later statements do not run inside it;
     * the rollback stands even if the release fails, which joins {@code failure}.
     */
    private static void releaseAfterRollback(Connection connection, Savepoint savepoint, Throwable failure) {
        try {
            release(connection, savepoint);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Rolls the unit back; whether it could (false without a savepoint, or when the rollback fails). */
    private static boolean undo(Connection connection, boolean ownTransaction, Savepoint savepoint,
            Throwable failure) {
        try {
            if (ownTransaction) {
                connection.rollback();
            } else if (savepoint != null) {
                connection.rollback(savepoint);
                releaseAfterRollback(connection, savepoint, failure);
            } else {
                return false;
            }
            return true;
        } catch (SQLException e) {
            failure.addSuppressed(e);
            return false;
        }
    }
}
