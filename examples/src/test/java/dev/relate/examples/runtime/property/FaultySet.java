package dev.relate.examples.runtime.property;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set in insertion order whose every access ticks {@link Faults}: a user's collection that may throw
 * anywhere, and whose order an undo must restore.
 */
final class FaultySet<E> extends AbstractSet<E> {
    private final Set<E> elements = new LinkedHashSet<>();

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        Faults.tick();
        return elements.contains(o);
    }

    @Override
    public boolean add(E e) {
        Faults.tick();
        return elements.add(e);
    }

    @Override
    public boolean remove(Object o) {
        Faults.tick();
        return elements.remove(o);
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
                Faults.tick();
                return it.next();
            }

            @Override
            public void remove() {
                Faults.tick();
                it.remove();
            }
        };
    }
}
