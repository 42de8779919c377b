package dev.relate.examples.runtime.created;

/**
 * A failure the tests set off on demand: while {@link #armed}, the accessor, {@code hashCode},
 * {@code compareTo} or validator that calls {@link #check} throws.
 */
final class Trap {
    static boolean armed;

    private Trap() {
    }

    static void check(String what) {
        if (armed) {
            throw new IllegalStateException(what + " failed");
        }
    }
}
