package dev.relate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the two kinds of association table share: their statements, creating the table, checking
 * every row before the first statement, replacing the rows of some left objects as one unit, and
 * loading rows back into links.
 *
 * <p>{@code saveLinks} is all or nothing. Every row is built and checked first (ids present, no
 * object given twice, no two rows with the same pair of ids, every value held by its column as it
 * is: see {@link TableColumn}), and a problem found there throws an {@link IllegalStateException}
 * or {@link IllegalArgumentException} naming the object, before the database is touched. Then the
 * old rows are deleted and the new ones inserted as one unit: under autocommit in a transaction of
 * its own (committed, or rolled back on failure, and autocommit switched back on either way); inside
 * the caller's transaction otherwise, behind a savepoint that a failure rolls back to, so that the
 * caller's earlier work stays and its transaction stays usable (on PostgreSQL too, where a failed
 * statement otherwise spoils the whole transaction). Either way a failure leaves the table as it
 * was. (A driver without savepoints leaves undoing the unit to the caller's rollback, and the
 * exception says so.)
 *
 * <p>{@code loadLinks} reads every row in the order of the ids and links the objects it names;
 * rows naming an object that is not given, and pairs linked already, are skipped.
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

    private static final Object[] NO_EXTRAS = {};

    private final String table;
    /** What a string id must fit: relate stores a String id in a VARCHAR of {@link #VARCHAR_LENGTH}. */
    private final TableColumn leftIdColumn;
    private final TableColumn rightIdColumn;
    private final TableColumn[] extraColumns;
    private final String createSql;
    /** The statements, over every column, the left and right ids first, as a row holds its values. */
    private final String selectSql;
    private final String deleteSql;
    private final String insertSql;
    private final Class<?> leftIdType;
    private final Class<?> rightIdType;

    /** @param extraColumns the columns after the two ids, with what each takes */
    JdbcTable(String table, String leftColumn, String rightColumn, TableColumn[] extraColumns, String createSql,
            Class<?> leftIdType, Class<?> rightIdType) {
        this.table = table;
        this.leftIdColumn = TableColumn.text(leftColumn, VARCHAR_LENGTH);
        this.rightIdColumn = TableColumn.text(rightColumn, VARCHAR_LENGTH);
        this.extraColumns = extraColumns.clone();
        this.createSql = createSql;
        StringBuilder columns = new StringBuilder(leftColumn).append(", ").append(rightColumn);
        StringBuilder parameters = new StringBuilder("?, ?");
        for (TableColumn column : extraColumns) {
            columns.append(", ").append(column.name());
            parameters.append(", ?");
        }
        this.selectSql = "SELECT " + columns + " FROM " + table + " ORDER BY " + leftColumn + ", " + rightColumn;
        this.deleteSql = "DELETE FROM " + table + " WHERE " + leftColumn + " = ?";
        this.insertSql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + parameters + ")";
        this.leftIdType = leftIdType;
        this.rightIdType = rightIdType;
    }

    /**
     * What one kind of table stores for a left object, one row each (the right objects it is linked
     * to, or its association objects), and how it links the objects of a row it loads.
     *
     * @param <L> the left class
     * @param <H> what a left object holds, one row each
     * @param <R> the right class
     */
    abstract static class Kind<L, H, R> {
        /** What a left object holds, in the plural: {@link Problems.Part#LINKS}. */
        final Problems.Part plural;

        Kind(Problems.Part plural) {
            this.plural = plural;
        }

        /** What a left object holds now (never {@code null}). */
        abstract Collection<? extends H> heldBy(L left);

        /** The right object of what is held; {@code null} stores no row. */
        abstract R rightOf(H held);

        /** The values of the extra columns, in their order. */
        Object[] extras(H held) {
            return NO_EXTRAS;
        }

        /**
         * The values of the extra columns of what {@code left} holds at {@code index} (counting every
         * element {@link #heldBy} gives); by default {@link #extras(Object)}.
         */
        Object[] extras(L left, H held, int index) {
            return extras(held);
        }

        /** The row, named in an error. */
        abstract String describe(L left, H held, R right);

        /** What links the rows of one load into the given left objects, each with an id. */
        abstract Linker<L, R> linker(Collection<L> lefts);
    }

    /**
     * Links the two objects a row names, unless they are linked already.
     *
     * @param <L> the left class
     * @param <R> the right class
     */
    interface Linker<L, R> {
        /** @return whether it linked them */
        boolean link(L left, R right, ResultSet row) throws SQLException;

        /** Called once after the last row: what the linker does with every link it made. */
        default void done() {
        }
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

    /**
     * Replaces the rows of the given left objects with what each holds now, as one unit (see the class
     * comment), after building and checking every row.
     *
     * @return the number of rows inserted
     */
    final <H> int saveRows(Connection connection, Collection<? extends L> lefts, Kind<L, H, R> kind)
            throws SQLException {
        Map<L, Object> leftIds = leftIds(lefts);
        List<Object[]> rows = new ArrayList<>();
        Map<List<Object>, Row<L, H, R>> seen = new HashMap<>();
        for (L left : lefts) {
            int index = 0;
            for (H item : kind.heldBy(left)) {
                int at = index++;
                if (item == null) {
                    throw Problems.holdsNull(left, kind.plural.text(), table);
                }
                R right = kind.rightOf(item);
                if (right == null) {
                    continue;
                }
                Object[] extras = kind.extras(left, item, at);
                Object[] row = new Object[2 + extras.length];
                row[0] = leftIds.get(left);
                row[1] = rightIdColumn.check(requireId(rightId(right), right, Problems.Part.ITS_LINKS.text()), right,
                        table);
                for (int i = 0; i < extras.length; i++) {
                    row[2 + i] = extraColumns[i].check(extras[i], item, table);
                }
                addRow(rows, seen, row, new Row<>(left, item, right), kind);
            }
        }
        replaceRows(connection, leftIds.values(), rows);
        return rows.size();
    }

    /**
     * Reads every row, in the order of the ids, and links the given objects it names. Where a class
     * validates or listens to the end that links them, the load is one operation: each link is a step
     * of one {@link Journal}, so a refusal (or any failure) halfway unlinks every link the load made,
     * and the listeners run once, after the last row. A load run by a validator during another load
     * is part of that one.
     *
     * @return the number of links made
     */
    final int loadRows(Connection connection, Collection<? extends L> lefts, Collection<? extends R> rights,
            Kind<L, ?, R> kind) throws SQLException {
        Map<Object, L> leftsById = byId(lefts, this::leftId);
        Map<Object, R> rightsById = byId(rights, this::rightId);
        Linker<L, R> linker = kind.linker(leftsById.values());
        if (Journal.loading() != null) {
            int linked = linkRows(connection, leftsById, rightsById, linker);
            linker.done();
            return linked;
        }
        Journal journal = Journal.openLoading();
        int linked;
        try {
            linked = linkRows(connection, leftsById, rightsById, linker);
            // ordering the links is part of the load: a failure there undoes it as one at a row does
            linker.done();
        } catch (RuntimeException | Error | SQLException e) {
            Journal.closeLoading();
            journal.rollBack(e);
            throw e;
        }
        Journal.closeLoading();
        journal.commit();
        return linked;
    }

    /** Links the given objects each row names; the number of links made. */
    private int linkRows(Connection connection, Map<Object, L> leftsById, Map<Object, R> rightsById,
            Linker<L, R> linker) throws SQLException {
        int linked = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(selectSql)) {
            while (rows.next()) {
                L left = leftsById.get(rows.getObject(1, leftIdType));
                R right = rightsById.get(rows.getObject(2, rightIdType));
                if (left != null && right != null && linker.link(left, right, rows)) {
                    linked++;
                }
            }
        }
        return linked;
    }

    /**
     * The id of each left object to save, after checking that each has an id that fits its column,
     * is given once and shares its id with no other.
     */
    private Map<L, Object> leftIds(Collection<? extends L> lefts) {
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

    /**
     * Adds a row, after checking that no row before it has the same pair of ids. The objects of a row
     * are described only for the error: their {@code toString} may be costly, load lazy state or
     * recurse through the other end (as a generated {@code toString} of both ends of a pair does).
     *
     * @param seen the objects of the row already added for each pair
     */
    private <H> void addRow(List<Object[]> rows, Map<List<Object>, Row<L, H, R>> seen, Object[] row,
            Row<L, H, R> objects, Kind<L, H, R> kind) {
        Row<L, H, R> before = seen.put(Arrays.asList(row[0], row[1]), objects);
        if (before != null) {
            throw Problems.samePair(before.describe(kind), objects.describe(kind), row[0], row[1], table);
        }
        rows.add(row);
    }

    /** The objects a row is built from: a left object, what it holds, and that held's right object. */
    private static final class Row<L, H, R> {
        private final L left;
        private final H held;
        private final R right;

        Row(L left, H held, R right) {
            this.left = left;
            this.held = held;
            this.right = right;
        }

        String describe(Kind<L, H, R> kind) {
            return kind.describe(left, held, right);
        }
    }

    /** The given objects by id, each checked to have an id that no other given object has. */
    private <T> Map<Object, T> byId(Collection<? extends T> objects, Function<T, Object> idOf) {
        Map<Object, T> byId = new HashMap<>();
        for (T object : objects) {
            if (object == null) {
                throw Problems.nullToLoad(table);
            }
            Object id = idOf.apply(object);
            T other = byId.put(requireId(id, object, Problems.Part.ITS_LINKS.text()), object);
            if (other != null && other != object) {
                throw Problems.sameIdToLoad(other, object, id, table);
            }
        }
        return byId;
    }

    private Object requireId(Object id, Object object, String what) {
        if (id == null) {
            throw Problems.withoutId(object, what, table);
        }
        return id;
    }

    /**
     * Replaces the rows of the given left ids with {@code rows} as one unit (see the class comment).
     *
     * @param rows the values of each row, in the order of the columns
     */
    private void replaceRows(Connection connection, Collection<Object> leftIds, List<Object[]> rows)
            throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        Savepoint savepoint = null;
        if (ownTransaction) {
            connection.setAutoCommit(false);
        } else {
            savepoint = savepoint(connection);
        }
        try {
            writeRows(connection, leftIds, rows);
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
    private void writeRows(Connection connection, Collection<Object> leftIds, List<Object[]> rows)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(deleteSql)) {
            for (Object id : leftIds) {
                delete.setObject(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
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
