package dev.relate.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
    /** A left object holds its associations, one row each but for those without a right object. */
    private final Kind<L, A, R> associations = new Kind<L, A, R>(Problems.Part.ASSOCIATIONS) {
        @Override
        Collection<? extends A> heldBy(L left) {
            return associationsOf(left);
        }

        @Override
        R rightOf(A association) {
            return AssociationObjectTable.this.rightOf(association);
        }

        @Override
        Object[] extras(A association) {
            return AssociationObjectTable.this.extras(association);
        }

        @Override
        String describe(L left, A association, R right) {
            return Problems.Part.ASSOCIATION_ROW.format(association, left, right);
        }

        /** Skips a row whose two objects are associated already, before or by an earlier row. */
        @Override
        Linker<L, R> linker(Collection<L> lefts) {
            Map<L, Set<R>> linked = new IdentityHashMap<>();
            for (L left : lefts) {
                Set<R> rightsOfLeft = Collections.newSetFromMap(new IdentityHashMap<R, Boolean>());
                for (A association : associationsOf(left)) {
                    if (association != null && rightOf(association) != null) {
                        rightsOfLeft.add(rightOf(association));
                    }
                }
                linked.put(left, rightsOfLeft);
            }
            Associations<L, A, R> leftKept = leftPositions();
            Associations<L, A, R> rightKept = rightPositions();
            OneToManyEnd<L, A, ?> leftEnd = leftKept == null ? null : leftKept.leftEnd();
            OneToManyEnd<R, A, ?> rightEnd = rightKept == null ? null : rightKept.rightEnd();
            LinkOrder<L, A> inLefts = new LinkOrder<>();
            LinkOrder<R, A> inRights = new LinkOrder<>();
            return new Linker<L, R>() {
                @Override
                public boolean link(L left, R right, ResultSet row) throws SQLException {
                    if (!linked.get(left).add(right)) {
                        return false;
                    }
                    A association = create();
                    readExtras(association, row, 3);
                    // the saved positions, before linking writes the indexes it appends at
                    Integer leftIndex = leftEnd == null ? null : leftEnd.positionOf(association);
                    Integer rightIndex = rightEnd == null ? null : rightEnd.positionOf(association);
                    AssociationObjectTable.this.link(left, right, association);
                    if (leftEnd != null) {
                        inLefts.gained(left, association, leftIndex);
                    }
                    if (rightEnd != null) {
                        inRights.gained(right, association, rightIndex);
                    }
                    return true;
                }

                @Override
                public void done() {
                    restore(leftEnd, inLefts);
                    restore(rightEnd, inRights);
                }
            };
        }
    };

    /**
     * Puts the associations each list gained in the order of their saved positions, among the slots
     * they took, then writes the index of each one whose position differs (a gap or a repeat in the
     * saved positions, or associations the list held before): the same renumbering as a sort of the
     * live view. A write that throws leaves that list as linking made it, and is rethrown.
     */
    private static <O, A> void restore(OneToManyEnd<O, A, ?> end, LinkOrder<O, A> order) {
        if (end == null) {
            return;
        }
        for (O owner : order.owners()) {
            Collection<A> collection = end.collection(owner);
            if (!(collection instanceof List)) {
                continue;
            }
            List<A> list = (List<A>) collection;
            List<A> before = new ArrayList<>(list);
            order.apply(owner, list);
            end.renumberOrUndo(owner, 0, list.size(), () -> Links.refill(list, before));
        }
    }

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
        super(table, leftColumn, rightColumn, extraColumns, createSql, leftIdType, rightIdType);
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
     * For a table whose left objects keep the positions of their associations
     * ({@code @OneToManyRel(position = ...)}) in a field saved as an extra column: the associations,
     * whose left end {@code loadLinks} then puts in the order of the saved positions. The default,
     * {@code null}, keeps the order of the rows.
     */
    protected Associations<L, A, R> leftPositions() {
        return null;
    }

    /** {@link #leftPositions()} for the right objects' collections of associations. */
    protected Associations<L, A, R> rightPositions() {
        return null;
    }

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
        return saveRows(connection, lefts, associations);
    }

    /**
     * Reads every row, creates an association for it with its extra data, and links the objects it
     * names, in the order of the ids. Rows naming an object that is not given are skipped, and so are
     * rows whose two objects are associated already (their association and its extra data are left
     * as they are): loading twice changes nothing. Where a list of associations keeps positions in a
     * saved column ({@link #leftPositions()}), the associations it gained are then put in the order
     * of their saved positions, after those it held before, and renumbered: a save and a load keep
     * the order.
     *
     * @return the number of associations made
     * @throws IllegalStateException if a given object has no id
     * @throws IllegalArgumentException if two given objects of one side have the same id
     */
    public final int loadLinks(Connection connection, Collection<? extends L> lefts, Collection<? extends R> rights)
            throws SQLException {
        return loadRows(connection, lefts, rights, associations);
    }
}
