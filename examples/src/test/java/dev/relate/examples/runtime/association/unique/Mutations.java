package dev.relate.examples.runtime.association.unique;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls that mutate the collections given to the objects under test, recorded in order; armed,
 * the first of them throws, as a user's collection may.
 */
final class Mutations {
    private final List<String> calls = new ArrayList<>();
    private boolean armed;

    /** From now on, records every mutation and throws from the first. */
    void arm() {
        calls.clear();
        armed = true;
    }

    /** Lets mutations through again, and answers those recorded while armed. */
    List<String> disarm() {
        armed = false;
        return new ArrayList<>(calls);
    }

    /** A collection is about to change: {@code what} names the call. */
    void tick(String what) {
        if (armed) {
            calls.add(what);
            throw new UnsupportedOperationException("the collection refuses " + what);
        }
    }
}
