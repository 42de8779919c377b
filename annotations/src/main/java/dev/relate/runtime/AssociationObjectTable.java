package dev.relate.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of an association class, bridged to JDBC: one row per association, holding the left
 * id, the right id and the extra data. Generated table classes subclass it and supply the ids, the
 * extra columns and the links; statements use only standard SQL. Saving is all or nothing (see
 * {@link JdbcTable}); loading is idempotent.
 *
 * @param <L> the left class
 * @param <A> the association class
 * @param <R> the right class
 */
public abstract class AssociationObjectTable<L, A, R> extends JdbcTable<L, R> {
    private final TableColumn[] extraColumns;
    private final String extraList;

    /**
     * @param table the table's name
     * @param leftColumn the column holding left ids
     * @param rightColumn the column holding right ids
     * @param extraColumns the columns of the extra data, in the order {@link #extras} and
     *     {@link #readExtras} use, with what each takes
     * @param createSql the statement that creates the table
     * @param leftIdType the class of left ids as JDBC returns them
     * @param rightIdType the class of right ids as JDBC returns them
     */
    protected AssociationObjectTable(String table, String leftColumn, String rightColumn, TableColumn[] extraColumns,
            String createSql, Class<?> leftIdType, Class<?> rightIdType) {
        super(table, leftColumn, rightColumn, createSql, leftIdType, rightIdType);
        this.extraColumns = extraColumns.clone();
        StringBuilder extras = new StringBuilder();
        for (TableColumn column : extraColumns) {
            extras.append(", ").append(column.name());
        }
        this.extraList = extras.toString();
    }

    /** A left object's associations (never {@code null}). */
    protected abstract Collection<? extends A> associationsOf(L left);

    /** The right object of an association, or {@code null}. */
    protected abstract R rightOf(A association);

    /** A new association object, for a row being loaded. */
    protected abstract A create();

    /** Links two objects through an association, wiring all four ends. */
    protected abstract void link(L left, R right, A association);

    /** The extra data of an association, one value per extra column, in their order. */
    protected abstract Object[] extras(A association);

    /** Reads the extra data of an association from the columns of a row from {@code first} on. */
    protected abstract void readExtras(A association, ResultSet row, int first) throws SQLException;

    /**
     * Replaces the rows of the given left objects with their current associations, as one unit.
     * Associations without a right object are skipped. Every row is built and checked before the
     * first statement runs; a failure in the database rolls the unit back. Either way a failure
     * leaves the table as it was.
     *
     * @return the number of rows inserted
     * @throws IllegalStateException if an object to save, or an object it is associated with, has no
     *     id, a string is longer than its column, or two associations link the same pair of ids
     * @throws IllegalArgumentException if an object is given twice, or two have the same id
     * @throws SQLException if the database refuses the rows; the table is as it was
     */
    public final int saveLinks(Connection connection, Collection<? extends L> lefts) throws SQLException {
        Map<L, Object> leftIds = leftIds(lefts);
        List<Object[]> rows = new ArrayList<>();
        Map<List<Object>, String> seen = new HashMap<>();
        for (L left : lefts) {
            for (A association : associationsOf(left)) {
                if (association == null) {
                    throw Problems.holdsNull(left, Problems.Part.ASSOCIATIONS.text(), table);
                }
                R right = rightOf(association);
                if (right == null) {
                    continue;
                }
                Object[] extras = extras(association);
                Object[] row = new Object[2 + extras.length];
                row[0] = leftIds.get(left);
                row[1] = checkedRightId(left, right, Problems.Part.ASSOCIATIONS.text());
                for (int i = 0; i < extras.length; i++) {
                    row[2 + i] = extraColumns[i].check(extras[i], association, table);
                }
                addRow(rows, seen, row, Problems.Part.ASSOCIATION_ROW.format(association, left, right));
            }
        }
        replaceRows(connection, leftIds.values(), rows, leftColumn + ", " + rightColumn + extraList);
        return rows.size();
    }

    /**
     * Reads every row, creates an association for it with its extra data, and links the objects it
     * names, in the order of the ids. Rows naming an object that is not given are skipped, and so are
     * rows whose two objects are associated already (their association and its extra data are left
     * as they are): loading twice changes nothing.
     *
     * @return the number of associations made
     * @throws IllegalStateException if a given object has no id
     * @throws IllegalArgumentException if two given objects of one side have the same id
     */
    public final int loadLinks(Connection connection, Collection<? extends L> lefts, Collection<? extends R> rights)
            throws SQLException {
        Map<Object, L> leftsById = byId(lefts, this::leftId);
        Map<Object, R> rightsById = byId(rights, this::rightId);
        Map<L, Set<R>> linked = new IdentityHashMap<>();
        for (L left : leftsById.values()) {
            Set<R> rightsOfLeft = Collections.newSetFromMap(new IdentityHashMap<R, Boolean>());
            for (A association : associationsOf(left)) {
                if (association != null && rightOf(association) != null) {
                    rightsOfLeft.add(rightOf(association));
                }
            }
            linked.put(left, rightsOfLeft);
        }
        int made = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(selectSql(extraList))) {
            while (rows.next()) {
                L left = leftsById.get(leftIdOf(rows));
                R right = rightsById.get(rightIdOf(rows));
                if (left != null && right != null && linked.get(left).add(right)) {
                    A association = create();
                    readExtras(association, rows, 3);
                    link(left, right, association);
                    made++;
                }
            }
        }
        return made;
    }
}
