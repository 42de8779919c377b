package dev.relate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
    /** The column of each link's index in the left object's list, or null. */
    private final String leftOrderColumn;
    /** The column of each link's index in the right object's list, or null. */
    private final String rightOrderColumn;
    /** What saves and loads links where no right order column needs a look-up per save. */
    private final Links links = new Links();

    /** A left object holds the right objects it is linked to, one row each. */
    private final class Links extends Kind<L, R, R> {
        /** The index of each left object in a right object's list, found once per right object. */
        private final Map<R, Map<L, Integer>> indexesInRights = new IdentityHashMap<>();

        Links() {
            super(Problems.Part.LINKS);
        }

        @Override
        Collection<? extends R> heldBy(L left) {
            return rightsOf(left);
        }

        @Override
        R rightOf(R right) {
            return right;
        }

        /** The order columns: the index in the left's list, the left's index in the right's list. */
        @Override
        Object[] extras(L left, R right, int index) {
            if (leftOrderColumn == null && rightOrderColumn == null) {
                return super.extras(left, right, index);
            }
            Object[] values = new Object[(leftOrderColumn != null ? 1 : 0) + (rightOrderColumn != null ? 1 : 0)];
            if (leftOrderColumn != null) {
                values[0] = index;
            }
            if (rightOrderColumn != null) {
                Map<L, Integer> indexes = indexesInRights.get(right);
                if (indexes == null) {
                    indexes = LinkOrder.<L>indexes(leftList(right));
                    indexesInRights.put(right, indexes);
                }
                // null where the right's list does not hold the left: its field was written directly
                values[values.length - 1] = indexes.get(left);
            }
            return values;
        }

        @Override
        String describe(L left, R held, R right) {
            return Problems.Part.LINK_ROW.format(left, right);
        }

        @Override
        Linker<L, R> linker(Collection<L> lefts) {
            if (leftOrderColumn == null && rightOrderColumn == null) {
                return (left, right, row) -> link(left, right);
            }
            LinkOrder<L, R> inLefts = new LinkOrder<>();
            LinkOrder<R, L> inRights = new LinkOrder<>();
            return new Linker<L, R>() {
                @Override
                public boolean link(L left, R right, ResultSet row) throws SQLException {
                    if (!LinkTable.this.link(left, right)) {
                        return false;
                    }
                    int column = 3;
                    if (leftOrderColumn != null) {
                        inLefts.gained(left, right, index(row, column++));
                    }
                    if (rightOrderColumn != null) {
                        inRights.gained(right, left, index(row, column));
                    }
                    return true;
                }

                @Override
                public void done() {
                    inLefts.apply(LinkTable.this::rightList);
                    inRights.apply(LinkTable.this::leftList);
                }
            };
        }
    }

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
        this(table, leftColumn, rightColumn, null, null, createSql, leftIdType, rightIdType);
    }

    /**
     * A table that stores the order of the lists of one end or both, in columns after the two ids:
     * the left order column first.
     *
     * @param table the table's name
     * @param leftColumn the column holding left ids
     * @param rightColumn the column holding right ids
     * @param leftOrderColumn the column holding each link's index in the left object's list
     *     ({@link #rightList}), or null
     * @param rightOrderColumn the column holding each link's index in the right object's list
     *     ({@link #leftList}), or null
     * @param createSql the statement that creates the table
     * @param leftIdType the class of left ids as JDBC returns them ({@code Long.class} for a long id)
     * @param rightIdType the class of right ids as JDBC returns them
     */
    protected LinkTable(String table, String leftColumn, String rightColumn, String leftOrderColumn,
            String rightOrderColumn, String createSql, Class<?> leftIdType, Class<?> rightIdType) {
        super(table, leftColumn, rightColumn, orderColumns(leftOrderColumn, rightOrderColumn), createSql, leftIdType,
                rightIdType);
        this.leftOrderColumn = leftOrderColumn;
        this.rightOrderColumn = rightOrderColumn;
    }

    private static TableColumn[] orderColumns(String leftOrderColumn, String rightOrderColumn) {
        List<TableColumn> columns = new ArrayList<>();
        if (leftOrderColumn != null) {
            columns.add(TableColumn.of(leftOrderColumn));
        }
        if (rightOrderColumn != null) {
            columns.add(TableColumn.of(rightOrderColumn));
        }
        return columns.toArray(new TableColumn[0]);
    }

    /** A stored index; null where the row has none. */
    private static Integer index(ResultSet row, int column) throws SQLException {
        int index = row.getInt(column);
        return row.wasNull() ? null : index;
    }

    /** The right objects a left object is linked to now (never {@code null}). */
    protected abstract Collection<? extends R> rightsOf(L left);

    /** Links two objects through the relationship's helpers; false if they were linked already. */
    protected abstract boolean link(L left, R right);

    /**
     * The list a left object's end holds, as its field holds it (null where it holds none); the
     * generated class overrides it where the left end has an order column, and loading puts the
     * links it made in the stored order there.
     */
    protected List<R> rightList(L left) {
        throw new UnsupportedOperationException(); // overridden wherever the left end has an order column
    }

    /**
     * The list a right object's end holds (null where it holds none); the generated class overrides
     * it where the right end has an order column: saving reads each left object's index there, and
     * loading puts the links it made in the stored order there.
     */
    protected List<L> leftList(R right) {
        throw new UnsupportedOperationException(); // overridden wherever the right end has an order column
    }

    /**
     * Replaces the rows of the given left objects with their current links, as one unit: the old rows
     * are deleted and the current links inserted. Every row is built and checked before the first
     * statement runs; a failure in the database rolls the unit back. Either way a failure leaves the
     * table as it was. Where the table has order columns, each row holds the link's index in the left
     * object's list, and the left object's index in the right object's list (null where that list does
     * not hold it).
     *
     * @return the number of rows inserted
     * @throws IllegalStateException if an object to save, or an object it is linked to, has no id, a
     *     string id is longer than its column, or two linked objects have the same id
     * @throws IllegalArgumentException if an object is given twice, or two have the same id
     * @throws SQLException if the database refuses the rows; the table is as it was
     */
    public final int saveLinks(Connection connection, Collection<? extends L> lefts) throws SQLException {
        // the other end's indexes are looked up once per right object and save
        return saveRows(connection, lefts, rightOrderColumn == null ? links : new Links());
    }

    /**
     * Reads every row and links the objects it names, through the relationship's helpers, in the
     * order of the ids; where the table has order columns, the links each list gained are then put
     * in the stored order (rows without an index last), among the places they took. Rows naming an
     * object that is not given are skipped, so a part of the graph can be loaded; links that exist
     * already are left as they are, so loading twice changes nothing.
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
