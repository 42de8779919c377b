package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Iterator;

/**
 * An {@code ArrayList} that counts how often it is iterated, so that a test can tell which of two
 * collections an operation searched.
 */
final class CountingList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;

    int iterations;

    @Override
    public Iterator<E> iterator() {
        iterations++;
        return super.iterator();
    }
}
