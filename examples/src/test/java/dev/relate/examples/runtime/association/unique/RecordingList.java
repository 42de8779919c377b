package dev.relate.examples.runtime.association.unique;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A list that tells {@link Mutations} of every call that changes it, its iterators' included. */
final class RecordingList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;
    private final transient Mutations mutations;

    RecordingList(Mutations mutations) {
        this.mutations = mutations;
    }

    @Override
    public boolean add(E e) {
        mutations.tick("add(" + e + ")");
        return super.add(e);
    }

    @Override
    public void add(int index, E element) {
        mutations.tick("add(" + index + ", " + element + ")");
        super.add(index, element);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        mutations.tick("addAll(" + c + ")");
        return super.addAll(c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        mutations.tick("addAll(" + index + ", " + c + ")");
        return super.addAll(index, c);
    }

    @Override
    public E set(int index, E element) {
        mutations.tick("set(" + index + ", " + element + ")");
        return super.set(index, element);
    }

    @Override
    public E remove(int index) {
        mutations.tick("remove(" + index + ")");
        return super.remove(index);
    }

    @Override
    public boolean remove(Object o) {
        mutations.tick("remove(" + o + ")");
        return super.remove(o);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        mutations.tick("removeAll(" + c + ")");
        return super.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        mutations.tick("retainAll(" + c + ")");
        return super.retainAll(c);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        mutations.tick("removeIf");
        return super.removeIf(filter);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        mutations.tick("replaceAll");
        super.replaceAll(operator);
    }

    @Override
    public void sort(Comparator<? super E> c) {
        mutations.tick("sort");
        super.sort(c);
    }

    @Override
    public void clear() {
        mutations.tick("clear");
        super.clear();
    }
}
