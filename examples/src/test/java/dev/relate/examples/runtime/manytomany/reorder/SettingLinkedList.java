package dev.relate.examples.runtime.manytomany.reorder;

import java.util.LinkedList;
import java.util.ListIterator;

/**
 * A {@link LinkedList}, no {@code RandomAccess}, whose {@code set}s (its iterators' too) throw as
 * {@link SettingList}'s.
 */
final class SettingLinkedList<E> extends LinkedList<E> {
    private static final long serialVersionUID = 1L;

    @Override
    public E set(int index, E element) {
        SettingList.setting();
        return super.set(index, element);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        ListIterator<E> it = super.listIterator(index);
        return new ListIterator<E>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                return it.next();
            }

            @Override
            public boolean hasPrevious() {
                return it.hasPrevious();
            }

            @Override
            public E previous() {
                return it.previous();
            }

            @Override
            public int nextIndex() {
                return it.nextIndex();
            }

            @Override
            public int previousIndex() {
                return it.previousIndex();
            }

            @Override
            public void remove() {
                it.remove();
            }

            @Override
            public void set(E e) {
                SettingList.setting();
                it.set(e);
            }

            @Override
            public void add(E e) {
                it.add(e);
            }
        };
    }
}
