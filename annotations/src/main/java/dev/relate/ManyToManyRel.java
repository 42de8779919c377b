package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one end of a many-to-many relationship: a collection field whose elements hold a collection
 * of this class in return, linked through an association table (SQLAlchemy's {@code secondary=}).
 *
 * <pre>{@code
 * class Parent {
 *     @ManyToManyRel(secondary = "association", backPopulates = "parents")
 *     Set<Child> children = new HashSet<>();
 * }
 * class Child {
 *     @ManyToManyRel(secondary = "association", backPopulates = "children")
 *     Set<Parent> parents = new HashSet<>();
 * }
 * }</pre>
 *
 * <p>relate writes the helpers of both ends, and for each association table a class named after it
 * ({@code AssociationTable}) that describes the table and stores and loads its rows over JDBC.
 *
 * <p>The association table has two columns: {@code leftColumn} holds the id of the left class and
 * {@code rightColumn} the id of the right class. With {@link #backref()} the declaring class is the
 * left one. With {@link #backPopulates()} on both ends, the left end is the one whose field name comes
 * first ({@code children} before {@code parents}), then whose class name does; the generated table
 * class says which class each column holds. To map an existing table, name the columns to fit.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ManyToManyRel {
    /** The association table's name; both ends of one relationship name the same table. */
    String secondary();

    /**
     * The field of the target class that is the other end and declares its own
     * {@code @ManyToManyRel} naming this field back (SQLAlchemy's {@code back_populates}).
     */
    String backPopulates() default "";

    /**
     * The collection field of the target class that this declaration manages as the other end
     * (SQLAlchemy's {@code backref}); this declaring class is then the left one.
     */
    String backref() default "";

    /** The association table's column holding the left object's id. */
    String leftColumn() default "left_id";

    /** The association table's column holding the right object's id. */
    String rightColumn() default "right_id";
}
