package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Where each element of a list end that keeps positions stands before a step (its owner and its
 * index there, by identity), to check after the step that an element whose owner and index it did
 * not change was not written.
 */
final class KeptPlaces<E> {
    private final List<E> elements;
    private final Function<E, List<Object>> placeOf;
    private final Map<E, List<Object>> before = new IdentityHashMap<>();

    /** The places of {@code elements} now, read by {@code placeOf} (see {@link #place}). */
    KeptPlaces(List<E> elements, Function<E, List<Object>> placeOf) {
        this.elements = elements;
        this.placeOf = placeOf;
        for (E element : elements) {
            before.put(element, placeOf.apply(element));
        }
    }

    /** An element's owner and its index in {@code list} (by identity), or "none" and -1. */
    static <E> List<Object> place(E element, Object owner, List<E> list) {
        int at = -1;
        for (int i = 0; list != null && i < list.size(); i++) {
            if (list.get(i) == element) {
                at = i;
            }
        }
        return List.of(owner == null ? "none" : owner, at);
    }

    /**
     * Every element still where it stood was not written since ({@code writes}, of the place
     * {@code where} names), each counted in {@code kept}.
     */
    void assertUnwritten(String after, String where, ToIntFunction<E> writes, AtomicLong kept) {
        for (E element : elements) {
            if (placeOf.apply(element).equals(before.get(element))) {
                kept.incrementAndGet();
                assertWithMessage("%s: %s stayed at %s%s but was written", after, element, before.get(element),
                        where).that(writes.applyAsInt(element)).isEqualTo(0);
            }
        }
    }
}
