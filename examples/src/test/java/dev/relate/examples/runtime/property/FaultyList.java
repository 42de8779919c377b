package dev.relate.examples.runtime.property;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/** A list whose every access ticks {@link Faults}: a user's collection that may throw anywhere. */
final class FaultyList<E> extends AbstractList<E> {
    private final List<E> elements = new ArrayList<>();

    @Override
    public E get(int index) {
        Faults.tick();
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public E set(int index, E element) {
        Faults.tick();
        return elements.set(index, element);
    }

    @Override
    public void add(int index, E element) {
        Faults.tick();
        elements.add(index, element);
        modCount++;
    }

    @Override
    public E remove(int index) {
        Faults.tick();
        modCount++;
        return elements.remove(index);
    }
}
