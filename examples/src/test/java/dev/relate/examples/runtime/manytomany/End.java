package dev.relate.examples.runtime.manytomany;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One end of a many-to-many as the contracts drive it: each function is a call of a generated helper
 * or a read of the plain field, so a contract can run from either end of any pair.
 *
 * @param name the end, {@code "SetLeft.rights"}
 * @param create a new owner
 * @param field reads the owner's plain field
 * @param view the generated live view
 * @param add the generated {@code addToX}
 * @param remove the generated {@code removeFromX}
 * @param setAll the generated {@code setX}
 * @param sortedBy the order a sorted end keeps, or {@code null}
 * @param keepsInsertionOrder whether the end keeps the order elements came in (lists, linked sets)
 * @param <O> the owner class
 * @param <E> the class on the other side
 * @param <V> the type of the live view
 */
record End<O, E, V extends Collection<E>>(
        String name,
        Supplier<O> create,
        Function<O, Collection<E>> field,
        Function<O, V> view,
        BiPredicate<O, E> add,
        BiPredicate<O, E> remove,
        SetAll<O, E> setAll,
        Comparator<? super E> sortedBy,
        boolean keepsInsertionOrder) {

    /** A generated {@code setX(owner, elements)}. */
    @FunctionalInterface
    interface SetAll<O, E> {
        void accept(O owner, Collection<? extends E> elements);
    }

    /** Whether the end has an order that the contracts can compare: insertion order or sorted. */
    boolean ordered() {
        return keepsInsertionOrder || sortedBy != null;
    }
}
