package dev.relate.runtime;

import java.util.Collection;

/**
 * The collection end of a self-referential one-to-many relationship declared acyclic, a tree:
 * {@code node.children} with {@code child.parent}. Every operation that links an element refuses,
 * before changing anything, an element that is the owner itself or one of its ancestors, with an
 * {@link IllegalArgumentException} ({@code [RelateCycle]}, {@code [RelateOwnParent]}); an operation
 * on several elements that refuses one changes none of them. Finding the ancestors walks up from
 * the owner through the elements' scalar ends: each link costs O(depth of the owner).
 *
 * @param <O> the class of the "one" end
 * @param <E> the class of the "many" end, in the same hierarchy as {@code O}
 * @param <C> the declared type of the collection field
 */
public abstract class AcyclicOneToManyEnd<O, E, C extends Collection<E>> extends OneToManyEnd<O, E, C> {

    protected AcyclicOneToManyEnd(String name, Class<E> elementType) {
        this(name, elementType, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end
     */
    protected AcyclicOneToManyEnd(String name, Class<E> elementType, int events) {
        super(name, elementType, true, false, events);
    }
}
