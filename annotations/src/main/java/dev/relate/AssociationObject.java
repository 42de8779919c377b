package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose objects link a left and a right object and carry data about the link
 * (SQLAlchemy's association object pattern). The class has exactly two {@link ManyToOneRel} ends,
 * each the inverse of a collection of this class on the left and the right class; its other fields
 * are the extra data.
 *
 * <pre>{@code
 * @AssociationObject
 * class Association {
 *     @ManyToOneRel(backPopulates = "children") Parent parent;
 *     @ManyToOneRel(backPopulates = "parents") Child child;
 *     String extraData;
 * }
 * }</pre>
 *
 * <p>Besides the helpers of each end, relate writes {@code AssociationRelations.link(parent, child,
 * association)}, {@code find}, {@code unlink}, and in {@code ParentRelations} a live view of the
 * children reached through the associations, {@code childOfChildren(parent)} (and the same from
 * the right).
 *
 * <p>With {@link #table()}, relate also writes a class for that table (as for a many-to-many's
 * {@code secondary}) that stores each association as a row: the left id, the right id and a column
 * for each extra field.
 *
 * <p>With {@link #unique()}, a pair is linked by at most one association, in memory as in the
 * table's primary key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AssociationObject {
    /**
     * The end field that holds the left object. By default the first of the two ends declared in
     * the class; name it when both ends hold the same class.
     */
    String left() default "";

    /** The end field that holds the right object. By default the other end. */
    String right() default "";

    /**
     * The table that stores the associations, one row each; empty (the default) for none. Its class
     * is named after it, {@code association} giving {@code AssociationTable}.
     */
    String table() default "";

    /** The table's column holding the left object's id. */
    String leftColumn() default "left_id";

    /** The table's column holding the right object's id. */
    String rightColumn() default "right_id";

    /**
     * Whether a left and a right object are linked by at most one association, as a table whose
     * primary key is {@code (left_id, right_id)} stores them. With {@code true}, every helper and
     * live view that would link a pair a second time (through a new association or by moving one)
     * throws {@code IllegalStateException} ({@code [RelateAlreadyLinked]}) and changes nothing; the
     * association that is there is found with {@code find(left, right)}. With {@code false}, the
     * default, a pair may be linked by several associations.
     */
    boolean unique() default false;
}
