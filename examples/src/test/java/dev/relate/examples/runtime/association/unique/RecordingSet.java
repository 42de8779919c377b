package dev.relate.examples.runtime.association.unique;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** A set in insertion order that tells {@link Mutations} of every call that changes it, its iterators' included. */
final class RecordingSet<E> extends AbstractSet<E> {
    private final Set<E> elements = new LinkedHashSet<>();
    private final Mutations mutations;

    RecordingSet(Mutations mutations) {
        this.mutations = mutations;
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        return elements.contains(o);
    }

    @Override
    public boolean add(E e) {
        mutations.tick("add(" + e + ")");
        return elements.add(e);
    }

    @Override
    public boolean remove(Object o) {
        mutations.tick("remove(" + o + ")");
        return elements.remove(o);
    }

    @Override
    public void clear() {
        mutations.tick("clear");
        elements.clear();
    }

    @Override
    public Iterator<E> iterator() {
        Iterator<E> it = elements.iterator();
        return new Iterator<E>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                return it.next();
            }

            @Override
            public void remove() {
                mutations.tick("iterator.remove");
                it.remove();
            }
        };
    }
}
