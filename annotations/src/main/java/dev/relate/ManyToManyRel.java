package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one end of a many-to-many relationship: a collection field whose elements hold a collection
 * of this class in return, linked in memory and, when {@link #secondary()} names one, through an
 * association table (SQLAlchemy's {@code secondary=}).
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
 * <p>The association table has two columns. Name them per end, as JPA's {@code @JoinTable} does:
 * {@link #joinColumn()} holds the ids of this field's class, {@link #inverseJoinColumn()} those of the
 * class the field holds; on the other end the two are the other way round, and an end that says
 * nothing takes them from the other. The older pair {@code leftColumn}/{@code rightColumn} names them
 * by position: {@code leftColumn} holds the id of the left class and {@code rightColumn} the id of the
 * right class. With {@link #backref()} the declaring class is the left one. With
 * {@link #backPopulates()} on both ends, the left end is the one whose field name comes first
 * ({@code children} before {@code parents}), then whose class name does; the generated table class
 * says which class each column holds. One declaration uses one of the two ways, not both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ManyToManyRel {
    /**
     * The association table's name; both ends of one relationship name the same table, or one end
     * names it and the other says nothing. Without it (the default) the relationship is kept in memory
     * only, with no table class and no ids needed, unless a JPA {@code @JoinTable} beside this
     * annotation names the table.
     */
    String secondary() default "";

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

    /**
     * The association table's column holding the ids of this field's class (JPA's
     * {@code @JoinTable(joinColumns)} on this end); by default what the other end says, else the
     * position's {@code left_id} or {@code right_id}.
     */
    String joinColumn() default "";

    /**
     * The association table's column holding the ids of the class this field holds (JPA's
     * {@code @JoinTable(inverseJoinColumns)}); by default what the other end says, else the
     * position's {@code left_id} or {@code right_id}.
     */
    String inverseJoinColumn() default "";

    /**
     * For a {@code Map} field: the field of the target class whose value is each element's key
     * ({@code "name"} for {@code Tag.name}), as on {@link OneToManyRel#key()}. Putting an element
     * under its key unlinks, from both sides, the element that was there; the other end is a
     * collection ({@code List} or {@code Set}) of this class. The key lives in the element, so the
     * association table stores nothing more.
     */
    String key() default "";

    /**
     * The association table's column that stores each link's index in this end's list, so that the
     * list comes back in the same order from {@code loadLinks} (JPA's {@code @OrderColumn(name)} on a
     * {@code @ManyToMany} list). Only a {@code List} end of a relationship with a table can have one;
     * each end of a two-way many-to-many may name its own column, as each keeps its own order. Empty
     * (the default): no column, and loaded links are appended in the order of the ids.
     *
     * <p>{@code saveLinks} writes each row's index in the left object's list (and in the right
     * object's list for the other end's column); {@code loadLinks} puts the links it makes in the
     * order of the column, rows without a value after those with one.
     */
    String orderColumn() default "";
}
