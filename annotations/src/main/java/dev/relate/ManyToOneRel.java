package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the "many" end of a one-to-many relationship: a scalar field holding the one object on the
 * other side, as SQLAlchemy's many-to-one {@code relationship()}.
 *
 * <pre>{@code
 * class Child {
 *     @ManyToOneRel(backPopulates = "children")
 *     Parent parent;
 * }
 * }</pre>
 *
 * <p>relate writes {@code ChildRelations.setParent(child, parent)}, which also moves the child
 * from its old parent's collection to the new one. When the other end is a scalar (a
 * {@code @OneToManyRel(uselist = false)} field, or a plain scalar field named by {@link #backref()})
 * the relationship is one-to-one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ManyToOneRel {
    /**
     * The field of the target class that is the other end of this relationship and declares its
     * own {@link OneToManyRel} naming this field back (SQLAlchemy's {@code back_populates}).
     */
    String backPopulates() default "";

    /**
     * The field of the target class that this declaration manages as the other end (SQLAlchemy's
     * {@code backref}): a collection of this class for one-to-many, a scalar for one-to-one. The
     * field must exist; it may be plain or carry {@link Backref}.
     */
    String backref() default "";

    /**
     * {@code true} declares a tree: a self-referential one-to-many (the collection holds objects of
     * the owner's class hierarchy) whose links never make a cycle. Linking an object under itself or
     * under one of its descendants throws {@code IllegalArgumentException} ({@code [RelateCycle]})
     * and changes nothing. Checking walks up the ancestors, O(depth) per link. Either end may say it;
     * one suffices.
     */
    boolean acyclic() default false;
}
