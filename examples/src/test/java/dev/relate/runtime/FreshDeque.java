package dev.relate.runtime;

import java.util.ArrayDeque;

/** Template for {@link Fresh}: a plain collection, neither a list nor a set. */
final class FreshDeque extends ArrayDeque<Object> {
    private static final long serialVersionUID = 1L;

    FreshDeque() {
    }
}
