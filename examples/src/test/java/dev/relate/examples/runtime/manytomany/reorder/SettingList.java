package dev.relate.examples.runtime.manytomany.reorder;

import java.util.ArrayList;

/**
 * A user's list whose positional {@code set} can be made to throw: after {@link #failOnSet(int)},
 * the n-th {@code set} of any such list or {@link SettingLinkedList} throws
 * {@link IllegalStateException}, once.
 */
final class SettingList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;
    private static int setsLeft = -1;

    /** The {@code n}-th set from now (1: the next) throws. */
    static void failOnSet(int n) {
        setsLeft = n;
    }

    static void disarm() {
        setsLeft = -1;
    }

    /** Called by each set: throws if it is the one {@link #failOnSet} named. */
    static void setting() {
        if (setsLeft > 0 && --setsLeft == 0) {
            throw new IllegalStateException("set refused");
        }
    }

    @Override
    public E set(int index, E element) {
        setting();
        return super.set(index, element);
    }
}
