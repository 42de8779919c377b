package dev.relate.runtime;

import java.util.Collection;
import java.util.Set;

/**
 * One collection end of a many-to-many relationship: {@code left.rights}, whose elements each hold
 * the other end, {@code right.lefts}. {@code r} is in {@code l.rights} exactly when {@code l} is in
 * {@code r.lefts}, once.
 *
 * <p>Membership looks at a set when either end is one (O(1)), else at the smaller list.
 *
 * @param <O> the class that owns this end
 * @param <E> the class on the other side
 * @param <C> the declared type of this end's field
 * @param <I> the declared type of the other end's field
 */
public abstract class ManyToManyEnd<O, E, C extends Collection<E>, I extends Collection<O>>
        extends CollectionEnd<O, E, C> {
    private final String inverseName;

    /**
     * @param name this end, {@code "Parent.children"}
     * @param elementType the class on the other side
     * @param inverseName the other end, {@code "Child.parents"}
     */
    protected ManyToManyEnd(String name, Class<E> elementType, String inverseName) {
        super(name, elementType);
        this.inverseName = inverseName;
    }

    /** Reads the other end's field on an element: its collection, or {@code null}. */
    protected abstract I inverse(E element);

    /**
     * Creates the other end's collection on an element whose field is {@code null}, stores it and
     * returns it. The default throws: generated code overrides it where it can.
     */
    protected I createInverse(E element) {
        throw Problems.cannotCreate(inverseName);
    }

    @Override
    protected final boolean isMember(O owner, Object element) {
        if (!isElement(element)) {
            return false;
        }
        C own = collection(owner);
        if (own == null) {
            return false;
        }
        if (own instanceof Set) {
            return Links.containsSame(own, element);
        }
        I other = inverse(cast(element));
        if (other == null) {
            return false;
        }
        if (other instanceof Set || other.size() < own.size()) {
            return Links.containsSame(other, owner);
        }
        return Links.containsSame(own, element);
    }

    @Override
    protected final void linked(O owner, E element) {
        I other = inverse(element);
        if (other == null) {
            other = createInverse(element);
        }
        if (!other.add(owner)) {
            throw Problems.equalElement(inverseName, owner);
        }
    }

    @Override
    protected final void unlinked(O owner, E element) {
        Links.removeSame(inverse(element), owner);
    }
}
