package dev.relate.runtime;

import java.util.Collection;

/**
 * The collection end of a one-to-many relationship whose other end is a scalar field of the
 * element: {@code parent.children} with {@code child.parent}. An element is in a collection
 * exactly when its scalar end points at the owner, so membership is a single field read.
 *
 * @param <O> the "one" class
 * @param <E> the "many" class
 * @param <C> the declared type of the collection field
 */
public abstract class OneToManyEnd<O, E, C extends Collection<E>> extends CollectionEnd<O, E, C> {

    protected OneToManyEnd(String name, Class<E> elementType) {
        super(name, elementType);
    }

    /** Reads the element's scalar end. */
    protected abstract O ownerOf(E element);

    /** Writes the element's scalar end, and nothing else. */
    protected abstract void writeOwner(E element, O owner);

    /**
     * Sets the element's scalar end: moves it from its old owner's collection to the new owner's,
     * or only takes it out of the old one when {@code owner} is {@code null}. Setting the owner it
     * already has changes nothing.
     */
    public final void assign(E element, O owner) {
        if (element == null) {
            throw new NullPointerException("the element whose " + name() + " owner is set is null");
        }
        O previous = ownerOf(element);
        if (previous == owner) {
            return;
        }
        if (owner != null) {
            add(owner, element);
        } else {
            remove(previous, element);
        }
    }

    @Override
    protected final boolean isMember(O owner, Object element) {
        return isElement(element) && ownerOf(cast(element)) == owner;
    }

    @Override
    protected final void linked(O owner, E element) {
        O previous = ownerOf(element);
        if (previous != null && previous != owner) {
            Links.removeSame(collection(previous), element);
        }
        writeOwner(element, owner);
    }

    @Override
    protected final void unlinked(O owner, E element) {
        if (ownerOf(element) == owner) {
            writeOwner(element, null);
        }
    }
}
