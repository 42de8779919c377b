package dev.relate.runtime;

import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListSet;

/** Template for {@link Fresh}: a sorted set that is not a {@code TreeSet}. */
final class FreshSkipListSet extends ConcurrentSkipListSet<Object> {
    private static final long serialVersionUID = 1L;

    FreshSkipListSet(Comparator<Object> comparator) {
        super(comparator);
    }
}
