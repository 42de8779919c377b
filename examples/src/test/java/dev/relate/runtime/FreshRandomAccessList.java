package dev.relate.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/** Template for {@link Fresh}: a {@code RandomAccess} list that is not an {@code ArrayList}. */
final class FreshRandomAccessList extends AbstractList<Object> implements RandomAccess {
    private final List<Object> elements = new ArrayList<>();

    FreshRandomAccessList() {
    }

    @Override
    public Object get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public Object set(int index, Object element) {
        return elements.set(index, element);
    }

    @Override
    public void add(int index, Object element) {
        elements.add(index, element);
        modCount++;
    }

    @Override
    public Object remove(int index) {
        modCount++;
        return elements.remove(index);
    }
}
