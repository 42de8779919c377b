package dev.relate.runtime;

import java.util.Collection;
import java.util.Set;

/**
 * A live {@link Set} view of a set end, or of a range of it. Generated code subclasses it once per
 * set end, its {@code add} and {@code remove} calling
 * {@link #addThrough} and {@link #removeThrough}: see {@link LiveList#addThrough}.
 */
public class LiveSet<O, E> extends LiveCollection<O, E> implements Set<E> {

    /**
     * A view of the whole of the owner's set.
     *
     * @throws NullPointerException if {@code owner} is {@code null}
     */
    protected LiveSet(CollectionEnd<O, E, ? extends Collection<E>> end, O owner) {
        super(end, owner);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set)) {
            return false;
        }
        Collection<?> other = (Collection<?>) o;
        if (other.size() != size()) {
            return false;
        }
        Collection<E> target = target();
        try {
            // the set's own lookup, as Set.equals asks, so that equality is symmetric with other sets
            return target == null ? other.isEmpty() : target.containsAll(other);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (E element : this) {
            hash += element.hashCode();
        }
        return hash;
    }
}
