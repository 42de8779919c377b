package dev.relate.runtime;

import java.util.List;

/**
 * The list end of a one-to-many relationship that keeps an int field of each element equal to the
 * element's index in the owner's list ({@code @OneToManyRel(position = "rank")}, SQLAlchemy's
 * {@code ordering_list}, JPA's {@code @OrderColumn} as a field). Every operation that changes the
 * list, through the helpers, the live view or the many-to-one end, writes the new index of each
 * element whose index changed, and only of those: appending writes the new element's position only,
 * removing or inserting at an index writes the elements from there on, sorting writes what moved. An
 * element that leaves the list and joins no other gets the position {@code -1}. Position writes are
 * part of the operation: when one throws, the operation changes nothing.
 *
 * @param <O> the "one" class
 * @param <E> the "many" class
 * @param <C> the declared type of the list field
 */
public abstract class PositionedOneToManyEnd<O, E, C extends List<E>> extends OneToManyEnd<O, E, C> {

    /**
     * @param name the end as users write it, {@code "Parent.children"}, for messages
     * @param elementType the element class, to recognise elements among plain objects
     * @param acyclic whether the end is also a tree that refuses cycles (see {@link AcyclicOneToManyEnd})
     */
    protected PositionedOneToManyEnd(String name, Class<E> elementType, boolean acyclic) {
        this(name, elementType, acyclic, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end
     */
    protected PositionedOneToManyEnd(String name, Class<E> elementType, boolean acyclic, int events) {
        super(name, elementType, acyclic, true, events);
    }

    /** Reads the element's position field. */
    protected abstract int position(E element);

    /** Writes the element's position field, and nothing else. */
    protected abstract void writePosition(E element, int position);

    @Override
    final int positionOf(E element) {
        return position(element);
    }

    @Override
    final void positionTo(E element, int position) {
        writePosition(element, position);
    }
}
