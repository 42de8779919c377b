package dev.relate.runtime;

import java.util.Collection;

/**
 * The collection end of a one-way relationship: the elements have no end pointing back, so
 * nothing is mirrored (SQLAlchemy's plain {@code relationship("Child")}). The collection still
 * holds each element once; membership is by identity in lists and by lookup in sets.
 *
 * @param <O> the owner class
 * @param <E> the element class
 * @param <C> the declared type of the collection field
 */
public abstract class OneWayCollectionEnd<O, E, C extends Collection<E>> extends CollectionEnd<O, E, C> {

    protected OneWayCollectionEnd(String name, Class<E> elementType) {
        super(name, elementType);
    }

    /**
     * Whether the owner's collection holds {@code element}. Anything not of the element type, {@code null}
     * included, is no member: a sorted set is never asked about it, since it would throw rather than answer.
     */
    @Override
    protected final boolean isMember(O owner, Object element) {
        return isElement(element) && Links.containsSame(collection(owner), element);
    }

    @Override
    protected final void linked(O owner, E element) {
        // nothing points back
    }

    @Override
    protected final void unlinked(O owner, E element) {
        // nothing points back
    }
}
