package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the "one" end of a one-to-many relationship: a collection field holding the objects on the
 * "many" side, as SQLAlchemy's {@code relationship()} holding a collection. With {@code uselist =
 * false} the field is a scalar and the relationship is one-to-one.
 *
 * <pre>{@code
 * class Parent {
 *     @OneToManyRel(backPopulates = "parent")
 *     List<Child> children = new ArrayList<>();
 * }
 * }</pre>
 *
 * <p>relate writes {@code ParentRelations.children(parent)}, a live view that keeps
 * {@code child.parent} in sync, and {@code addToChildren}, {@code removeFromChildren} and
 * {@code setChildren}.
 *
 * <p>The field may be a {@code Map} (or {@code SortedMap}, {@code NavigableMap}, {@code HashMap},
 * {@code LinkedHashMap}, {@code TreeMap}) holding each child under one of its own attributes, named by
 * {@link #key()}, as SQLAlchemy's {@code attribute_keyed_dict} and JPA's {@code @MapKey}:
 *
 * <pre>{@code
 * class Owner {
 *     @OneToManyRel(backPopulates = "owner", key = "keyword")
 *     Map<String, Note> notes = new HashMap<>();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface OneToManyRel {
    /**
     * The field of the target class that is the other end of this relationship and declares its
     * own {@link ManyToOneRel} naming this field back (SQLAlchemy's {@code back_populates}).
     */
    String backPopulates() default "";

    /**
     * The field of the target class that this declaration manages as the other end (SQLAlchemy's
     * {@code backref}). The field must exist; it may be plain or carry {@link Backref}.
     */
    String backref() default "";

    /**
     * {@code false} declares a one-to-one relationship on a scalar field; it must agree with the
     * field's type.
     */
    boolean uselist() default true;

    /**
     * {@code true} declares a tree: a self-referential one-to-many (the collection holds objects of
     * the owner's class hierarchy) whose links never make a cycle. Linking an object under itself or
     * under one of its descendants throws {@code IllegalArgumentException} ({@code [RelateCycle]})
     * and changes nothing. Checking walks up the ancestors, O(depth) per link. Either end may say it;
     * one suffices.
     */
    boolean acyclic() default false;

    /**
     * Names an {@code int} field of the element class that relate keeps equal to the element's index
     * in this list (SQLAlchemy's {@code ordering_list}, JPA's {@code @OrderColumn} kept in a field):
     * every add, insert, remove, move, sort and replacement, through any helper or live view or the
     * many-to-one end, writes the new index of each element whose index changed, and only those. An
     * element that leaves the list and joins no other gets {@code -1}. Only the {@code List} end of a
     * two-way one-to-many can keep positions.
     */
    String position() default "";

    /**
     * For a {@code Map} field: the field of the target class whose value is each child's key
     * ({@code "keyword"} for {@code Note.keyword}). Adding a child puts it under its key, replacing
     * (and unlinking) the child that was there; a {@code null} key is refused. The key is read when the
     * child joins the map: after changing it, {@code rekeyInNotes(owner, note)} moves the child to its
     * new key. A child is found by identity, so it is never held under two keys. Only a {@code Map}
     * field takes a key, and a {@code Map} field needs one.
     */
    String key() default "";
}
