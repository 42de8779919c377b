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
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where the owner's class declares a
     *     validator or a listener of the end: only the owner's, since nothing points back
     */
    protected OneWayCollectionEnd(String name, Class<E> elementType, int events) {
        super(name, elementType, false, events);
    }

    /**
     * Whether the owner's collection holds {@code element}. Anything not of the element type, {@code null}
     * included, is no member: a sorted set is never asked about it, since it would throw rather than answer.
     * A set's own lookup is final for a class that keeps {@code Object}'s {@code equals}; for another class
     * a miss may be a hash code or comparator key that changed while the element was in the set, so the
     * set is then searched by identity (O(n)).
     */
    @Override
    protected final boolean isMember(O owner, Object element) {
        if (!isElement(element)) {
            return false;
        }
        C collection = collection(owner);
        if (collection == null) {
            return false;
        }
        int shape = Links.shape(collection);
        if (shape >= Links.UNSORTED_SET) {
            if (Links.contains(collection, element)) {
                return true;
            }
            if (shape == Links.UNSORTED_SET && comparesByIdentity(element)) {
                return false;
            }
        }
        return Links.containsItself(collection, element);
    }

    @Override
    final void linked(O owner, E element) {
        // nothing points back
    }

    /** Nothing to undo, since nothing points back; the owner's listener hears the link when the journal commits. */
    @Override
    final void linked(O owner, E element, Journal journal) {
        recordChange(owner, element, true, journal);
    }

    @Override
    final long unlinked(O owner, E element) {
        return 0; // nothing points back
    }

    @Override
    final void relinked(O owner, E element, long where) {
        // nothing points back
    }
}
