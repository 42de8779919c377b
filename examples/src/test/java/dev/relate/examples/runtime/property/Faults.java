package dev.relate.examples.runtime.property;

import java.util.Comparator;
import java.util.function.ToIntFunction;

/**
 * The fault switch of {@link FaultyOperationsPropertyTest}: every user hook of its model (collection
 * methods, accessors, {@code equals}, {@code hashCode}, comparators) calls {@link #tick}, and the tick
 * that ends an armed countdown throws {@link InjectedFault}, once.
 */
final class Faults {
    private static int countdown;
    private static int fired;

    private Faults() {
    }

    /** The exception a user's hook throws. */
    static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault() {
            super("injected fault");
        }
    }

    /** The {@code ticks}-th tick from now throws. */
    static void arm(int ticks) {
        countdown = ticks;
    }

    /** No tick throws. */
    static void disarm() {
        countdown = 0;
    }

    static void tick() {
        if (countdown > 0 && --countdown == 0) {
            fired++;
            throw new InjectedFault();
        }
    }

    /** How many faults were thrown so far. */
    static int fired() {
        return fired;
    }

    /** A comparator by {@code key} that ticks on every comparison. */
    static <T> Comparator<T> comparing(ToIntFunction<T> key) {
        return (a, b) -> {
            tick();
            return Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
        };
    }
}
