package dev.relate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The table of an association class, bridged to JDBC: one row per association, holding the left
 * id, the right id and the extra data. Generated table classes subclass it and supply the ids, the
 * extra columns and the links; statements use only standard SQL, and transactions are the caller's.
 *
 * @param <L> the left class
 * @param <A> the association class
 * @param <R> the right class
 */
public abstract class AssociationObjectTable<L, A, R> {
    private final String table;
    private final String leftColumn;
    private final String rightColumn;
    private final String extraColumns;
    private final int extraCount;
    private final String createSql;
    private final Class<?> leftIdType;
    private final Class<?> rightIdType;

    /**
     * @param table the table's name
     * @param leftColumn the column holding left ids
     * @param rightColumn the column holding right ids
     * @param extraColumns the columns of the extra data, in the order {@link #writeExtras} and
     *     {@link #readExtras} use
     * @param createSql the statement that creates the table
     * @param leftIdType the class of left ids as JDBC returns them
     * @param rightIdType the class of right ids as JDBC returns them
     */
    protected AssociationObjectTable(String table, String leftColumn, String rightColumn, String[] extraColumns,
            String createSql, Class<?> leftIdType, Class<?> rightIdType) {
        this.table = table;
        this.leftColumn = leftColumn;
        this.rightColumn = rightColumn;
        StringBuilder extras = new StringBuilder();
        for (String column : extraColumns) {
            extras.append(", ").append(column);
        }
        this.extraColumns = extras.toString();
        this.extraCount = extraColumns.length;
        this.createSql = createSql;
        this.leftIdType = leftIdType;
        this.rightIdType = rightIdType;
    }

    /** A left object's id; {@code null} while it has none. */
    protected abstract Object leftId(L left);

    /** A right object's id; {@code null} while it has none. */
    protected abstract Object rightId(R right);

    /** A left object's associations (never {@code null}). */
    protected abstract Collection<? extends A> associationsOf(L left);

    /** The right object of an association, or {@code null}. */
    protected abstract R rightOf(A association);

    /** A new association object, for a row being loaded. */
    protected abstract A create();

    /** Links two objects through an association, wiring all four ends. */
    protected abstract void link(L left, R right, A association);

    /** Sets the extra data of an association as statement parameters from {@code first} on. */
    protected abstract void writeExtras(A association, PreparedStatement statement, int first) throws SQLException;

    /** Reads the extra data of an association from the columns of a row from {@code first} on. */
    protected abstract void readExtras(A association, ResultSet row, int first) throws SQLException;

    /** Creates the table. */
    public final void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql);
        }
    }

    /**
     * Replaces the rows of the given left objects with their current associations, in two batches.
     * Associations without a right object are skipped.
     *
     * @return the number of rows inserted
     * @throws IllegalStateException if an object to save has no id; nothing is changed then
     */
    public final int saveLinks(Connection connection, Collection<? extends L> lefts) throws SQLException {
        Map<L, Object> leftIds = new java.util.IdentityHashMap<>();
        for (L left : lefts) {
            leftIds.put(left, requireId(leftId(left), left));
            for (A association : associationsOf(left)) {
                R right = rightOf(association);
                if (right != null) {
                    requireId(rightId(right), right);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + leftColumn + " = ?")) {
            for (Object id : leftIds.values()) {
                delete.setObject(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        StringBuilder parameters = new StringBuilder("?, ?");
        for (int i = 0; i < extraCount; i++) {
            parameters.append(", ?");
        }
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + leftColumn + ", "
                + rightColumn + extraColumns + ") VALUES (" + parameters + ")")) {
            for (L left : lefts) {
                for (A association : associationsOf(left)) {
                    R right = rightOf(association);
                    if (right == null) {
                        continue;
                    }
                    insert.setObject(1, leftIds.get(left));
                    insert.setObject(2, rightId(right));
                    writeExtras(association, insert, 3);
                    insert.addBatch();
                    rows++;
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /**
     * Reads every row, creates an association for it with its extra data, and links the objects it
     * names, in the order of the ids. Rows naming an object that is not given are skipped.
     *
     * @return the number of associations made
     */
    public final int loadLinks(Connection connection, Collection<? extends L> lefts, Collection<? extends R> rights)
            throws SQLException {
        Map<Object, L> leftsById = new HashMap<>();
        for (L left : lefts) {
            leftsById.put(requireId(leftId(left), left), left);
        }
        Map<Object, R> rightsById = new HashMap<>();
        for (R right : rights) {
            rightsById.put(requireId(rightId(right), right), right);
        }
        int made = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + leftColumn + ", " + rightColumn + extraColumns
                        + " FROM " + table + " ORDER BY " + leftColumn + ", " + rightColumn)) {
            while (rows.next()) {
                L left = leftsById.get(rows.getObject(1, leftIdType));
                R right = rightsById.get(rows.getObject(2, rightIdType));
                if (left != null && right != null) {
                    A association = create();
                    readExtras(association, rows, 3);
                    link(left, right, association);
                    made++;
                }
            }
        }
        return made;
    }

    private Object requireId(Object id, Object object) {
        if (id == null) {
            throw new IllegalStateException(object + " has no id, so its associations cannot be stored in " + table);
        }
        return id;
    }
}
