package dev.relate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An association table of a many-to-many relationship, bridged to JDBC: it creates the table,
 * saves the current links of some left objects as rows, and loads rows back into links between
 * given objects. Generated table classes subclass it and supply the ids and the links; statements
 * use only standard SQL, and transactions are the caller's.
 *
 * @param <L> the left class, whose id is in the left column
 * @param <R> the right class, whose id is in the right column
 */
public abstract class LinkTable<L, R> {
    private final String table;
    private final String leftColumn;
    private final String rightColumn;
    private final String createSql;
    private final Class<?> leftIdType;
    private final Class<?> rightIdType;

    /**
     * @param table the table's name
     * @param leftColumn the column holding left ids
     * @param rightColumn the column holding right ids
     * @param createSql the statement that creates the table
     * @param leftIdType the class of left ids as JDBC returns them ({@code Long.class} for a long id)
     * @param rightIdType the class of right ids as JDBC returns them
     */
    protected LinkTable(String table, String leftColumn, String rightColumn, String createSql,
            Class<?> leftIdType, Class<?> rightIdType) {
        this.table = table;
        this.leftColumn = leftColumn;
        this.rightColumn = rightColumn;
        this.createSql = createSql;
        this.leftIdType = leftIdType;
        this.rightIdType = rightIdType;
    }

    /** A left object's id; {@code null} while it has none. */
    protected abstract Object leftId(L left);

    /** A right object's id; {@code null} while it has none. */
    protected abstract Object rightId(R right);

    /** The right objects a left object is linked to now (never {@code null}). */
    protected abstract Collection<? extends R> rightsOf(L left);

    /** Links two objects through the relationship's helpers; false if they were linked already. */
    protected abstract boolean link(L left, R right);

    /** Creates the table. */
    public final void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql);
        }
    }

    /**
     * Replaces the rows of the given left objects with their current links, in two batches: the
     * old rows are deleted, the current links inserted. Every id is read and checked before the first
     * statement runs, so an object without an id changes nothing in the table.
     *
     * @return the number of rows inserted
     * @throws IllegalStateException if an object to save, or an object it is linked to, has no id
     */
    public final int saveLinks(Connection connection, Collection<? extends L> lefts) throws SQLException {
        List<Object> leftIds = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (L left : lefts) {
            Object leftId = requireId(leftId(left), left);
            leftIds.add(leftId);
            for (R right : rightsOf(left)) {
                rows.add(new Object[] {leftId, requireId(rightId(right), right)});
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + leftColumn + " = ?")) {
            for (Object leftId : leftIds) {
                delete.setObject(1, leftId);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + leftColumn + ", " + rightColumn + ") VALUES (?, ?)")) {
            for (Object[] row : rows) {
                insert.setObject(1, row[0]);
                insert.setObject(2, row[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    /**
     * Reads every row and links the objects it names, through the relationship's helpers, in the
     * order of the ids. Rows naming an object that is not given are skipped, so a part of the graph
     * can be loaded.
     *
     * @return the number of links made (links that existed already are not counted)
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
        int linked = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + leftColumn + ", " + rightColumn + " FROM " + table
                        + " ORDER BY " + leftColumn + ", " + rightColumn)) {
            while (rows.next()) {
                L left = leftsById.get(rows.getObject(1, leftIdType));
                R right = rightsById.get(rows.getObject(2, rightIdType));
                if (left != null && right != null && link(left, right)) {
                    linked++;
                }
            }
        }
        return linked;
    }

    private Object requireId(Object id, Object object) {
        if (id == null) {
            throw new IllegalStateException(object + " has no id, so its links cannot be stored in " + table);
        }
        return id;
    }
}
