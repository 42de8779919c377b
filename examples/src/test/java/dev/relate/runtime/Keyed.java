package dev.relate.runtime;

import java.util.Comparator;

/**
 * A test element equal to any other of the same key, so that two equal objects are still two objects
 * to relate. The key may change, as a mutable entity's may while it sits in a hashed or sorted set.
 */
class Keyed {
    /** Orders by key: two objects of the same key compare equal. */
    static final Comparator<Object> BY_KEY = Comparator.comparing(o -> ((Keyed) o).key);

    String key;
    private final String name;

    Keyed(String key, String name) {
        this.key = key;
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Keyed && ((Keyed) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name + "(" + key + ")";
    }
}
