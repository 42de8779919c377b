package dev.relate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * An association table of a many-to-many relationship, bridged to JDBC: it creates the table,
 * saves the current links of some left objects as rows, and loads rows back into links between
 * given objects. Generated table classes subclass it and supply the ids and the links; statements
 * use only standard SQL. Saving is all or nothing (see {@link JdbcTable}); loading is idempotent.
 *
 * @param <L> the left class, whose id is in the left column
 * @param <R> the right class, whose id is in the right column
 */
public abstract class LinkTable<L, R> extends JdbcTable<L, R> {
    /** A left object holds the right objects it is linked to, one row each. */
    private final Kind<L, R, R> links = new Kind<L, R, R>(Problems.Part.LINKS) {
        @Override
        Collection<? extends R> heldBy(L left) {
            return rightsOf(left);
        }

        @Override
        R rightOf(R right) {
            return right;
        }

        @Override
        String describe(L left, R held, R right) {
            return Problems.Part.LINK_ROW.format(left, right);
        }

        @Override
        Linker<L, R> linker(Collection<L> lefts) {
            return (left, right, row) -> link(left, right);
        }
    };

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
        super(table, leftColumn, rightColumn, new TableColumn[0], createSql, leftIdType, rightIdType);
    }

    /** The right objects a left object is linked to now (never {@code null}). */
    protected abstract Collection<? extends R> rightsOf(L left);

    /** Links two objects through the relationship's helpers; false if they were linked already. */
    protected abstract boolean link(L left, R right);

    /**
     * Replaces the rows of the given left objects with their current links, as one unit: the old rows
     * are deleted and the current links inserted. Every row is built and checked before the first
     * statement runs; a failure in the database rolls the unit back. Either way a failure leaves the
     * table as it was.
     *
     * @return the number of rows inserted
     * @throws IllegalStateException if an object to save, or an object it is linked to, has no id, a
     *     string id is longer than its column, or two linked objects have the same id
     * @throws IllegalArgumentException if an object is given twice, or two have the same id
     * @throws SQLException if the database refuses the rows; the table is as it was
     */
    public final int saveLinks(Connection connection, Collection<? extends L> lefts) throws SQLException {
        return saveRows(connection, lefts, links);
    }

    /**
     * Reads every row and links the objects it names, through the relationship's helpers, in the
     * order of the ids. Rows naming an object that is not given are skipped, so a part of the graph
     * can be loaded; links that exist already are left as they are, so loading twice changes nothing.
     *
     * @return the number of links made (links that existed already are not counted)
     * @throws IllegalStateException if a given object has no id
     * @throws IllegalArgumentException if two given objects of one side have the same id
     */
    public final int loadLinks(Connection connection, Collection<? extends L> lefts, Collection<? extends R> rights)
            throws SQLException {
        return loadRows(connection, lefts, rights, links);
    }
}
