package dev.relate.runtime;

import java.util.HashSet;

/** Template for {@link Fresh}: a hashed set of a class other than the JDK's. */
final class FreshHashSet extends HashSet<Object> {
    private static final long serialVersionUID = 1L;

    FreshHashSet() {
    }
}
